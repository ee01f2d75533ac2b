package dev.agora.trust.internal.fraud;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A risk assessment of {@code subject} ({@code listing:…}, {@code order:…}): 0–100 with the reasons behind it. */
public record Risk(String subject, @Nullable AccountId member, int score, List<String> reasons, boolean held,
        boolean reviewed, Instant assessedAt) {}

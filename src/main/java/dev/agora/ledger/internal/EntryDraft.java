package dev.agora.ledger.internal;

import dev.agora.ledger.EntryCode;
import dev.agora.ledger.Posting;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An entry about to be written: checked to balance per currency when built, hashed for idempotent replays. */
record EntryDraft(
        String id,
        EntryCode code,
        String reference,
        @Nullable String party,
        boolean pending,
        List<Posting> postings,
        @Nullable String reverses,
        @Nullable String resolves,
        String memo) {

    EntryDraft {
        if (id == null || id.isBlank() || id.length() > 100) {
            throw new IllegalArgumentException("An entry id is 1 to 100 characters");
        }
        postings = postings.stream().filter(p -> p.amountMinor() != 0).toList();
        if (postings.size() < 2) {
            throw new IllegalArgumentException("An entry needs at least two non-zero postings: " + id);
        }
        Map<String, Long> sums = new HashMap<>();
        for (Posting p : postings) {
            sums.merge(p.account().currency().getCurrencyCode(), p.amountMinor(), Math::addExact);
        }
        sums.forEach((currency, sum) -> {
            if (sum != 0) {
                throw new IllegalStateException("Entry " + id + " does not balance in " + currency + ": " + sum);
            }
        });
        memo = memo.length() > 200 ? memo.substring(0, 200) : memo;
    }

    /** Same id and same hash means a harmless replay; the memo is free text and not part of it. */
    String contentHash() {
        var canonical = new StringBuilder()
                .append(code).append('|').append(reference).append('|').append(party).append('|')
                .append(pending).append('|').append(reverses).append('|').append(resolves);
        List<Posting> sorted = new ArrayList<>(postings);
        sorted.sort(Comparator.comparing((Posting p) -> p.account().key()).thenComparingLong(Posting::amountMinor));
        sorted.forEach(p -> canonical.append('|').append(p.account().key()).append('=').append(p.amountMinor()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

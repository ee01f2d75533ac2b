package dev.agora.trust;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fraud rules' thresholds and weights as the console shows and edits them. They are stored in the database,
 * seeded from {@code agora.trust.fraud.*}; the rules read the stored values on every assessment, so a change applies
 * at once on every node. Each change is recorded in the {@link AuditLog} with its reason in the same transaction.
 */
public interface FraudRuleSettings {

    /**
     * One setting. {@code key} is the configuration name ({@code hold-threshold}, {@code velocity-weight}, …);
     * {@code configured} is the value in the configuration; {@code updatedBy} is null while it is the seeded one.
     */
    record FraudSetting(String key, long value, long configured, long min, long max, boolean weight,
            @Nullable AccountId updatedBy, Instant updatedAt) {}

    /** Every setting in a fixed order: the switch and thresholds first, then the rules' weights. */
    List<FraudSetting> all();

    /**
     * Saves the given values (key → number as text; keys not given keep theirs). Nothing changes if a key is unknown,
     * a value is not a whole number within its range, or the reason is blank (InvalidInputException naming the key).
     */
    List<FraudSetting> change(AccountId staff, Map<String, String> values, String reason);
}

package dev.agora.trust.internal.moderation;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.trust.internal.fraud.Risk;
import dev.agora.trust.internal.fraud.RiskStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation queue: one case per subject with open reports or held by a fraud rule, prioritised by
 * 10 per open report + 5 per point of the reporters' standing + the risk score (docs/trust.md).
 */
@Service
@Transactional(readOnly = true)
public class ModerationQueue {

    private final Reports reports;
    private final RiskStore risks;
    private final ListingManagement listings;
    private final IdentityManagement identity;
    private final OrderManagement orders;
    private final Clock clock;

    ModerationQueue(Reports reports, RiskStore risks, ListingManagement listings, IdentityManagement identity,
            OrderManagement orders, Clock clock) {
        this.reports = reports;
        this.risks = risks;
        this.listings = listings;
        this.identity = identity;
        this.orders = orders;
        this.clock = clock;
    }

    /** Subjects with open reports or held by a fraud rule, highest priority first. */
    public List<ModerationCase> queue() {
        Map<String, List<Report>> reported = new LinkedHashMap<>();
        for (Report report : reports.open()) {
            reported.computeIfAbsent(report.kind().key(report.subjectId()), k -> new ArrayList<>()).add(report);
        }
        Map<String, Risk> held = new LinkedHashMap<>();
        risks.heldForReview().forEach(risk -> held.put(risk.subject(), risk));
        List<String> keys = new ArrayList<>(reported.keySet());
        held.keySet().stream().filter(k -> !reported.containsKey(k)).forEach(keys::add);
        List<ModerationCase> cases = new ArrayList<>();
        for (String key : keys) {
            SubjectKind kind = SubjectKind.valueOf(key.substring(0, key.indexOf(':')).toUpperCase());
            String id = key.substring(key.indexOf(':') + 1);
            List<Report> open = reported.getOrDefault(key, List.of());
            Optional<Risk> risk = Optional.ofNullable(held.get(key)).or(() -> risks.find(key));
            int standing = open.stream().map(Report::reporter).distinct().mapToInt(reports::standingOf).sum();
            int score = risk.map(Risk::score).orElse(0);
            AccountId owner = open.stream().map(Report::owner).filter(Objects::nonNull).findFirst()
                    .orElse(risk.map(Risk::member).orElse(null));
            Instant since = open.isEmpty() ? risk.map(Risk::assessedAt).orElse(clock.instant()) : open.getFirst().createdAt();
            cases.add(new ModerationCase(kind, id, title(kind, id), owner, open.size(), standing, score,
                    risk.map(Risk::reasons).orElse(List.of()),
                    open.stream().map(r -> r.reason().name()).distinct().toList(), held.containsKey(key), since,
                    10 * open.size() + 5 * standing + score));
        }
        cases.sort(Comparator.comparingInt(ModerationCase::priority).reversed().thenComparing(ModerationCase::since));
        return cases;
    }

    /** A case's name for staff and for the member's mail. */
    String title(SubjectKind kind, String subjectId) {
        try {
            return switch (kind) {
                case LISTING -> listings.find(ListingId.of(subjectId)).map(l -> l.title()).orElse(subjectId);
                case MEMBER -> identity.findProfile(new AccountId(UUID.fromString(subjectId)))
                        .map(p -> p.displayName() + " (@" + p.handle() + ")").orElse(subjectId);
                case ORDER -> orders.get(OrderId.of(subjectId)).listingTitle();
                case MESSAGE, REVIEW -> kind.name().toLowerCase() + " " + subjectId.substring(0, Math.min(8, subjectId.length()));
            };
        } catch (RuntimeException e) {
            return subjectId;
        }
    }
}

package dev.agora.identity.internal;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;

/**
 * Which staff roles may use which console area, for the pages ({@code /admin/...}) and the API
 * ({@code /api/v1/admin/...}) alike; it mirrors the console navigation ({@code templates/fragments/console.html}) and
 * docs/operator-guide.md. The first rule whose pattern matches decides; anything not listed is for operators only,
 * so a new area is closed until someone opens it here.
 */
final class StaffAreas {

    record Rule(@Nullable HttpMethod method, String pattern, String... roles) {}

    private static final String[] ALL_STAFF = {"OPERATOR", "MODERATOR", "SUPPORT", "FINANCE"};
    private static final String[] PEOPLE = {"OPERATOR", "SUPPORT", "MODERATOR"};
    private static final String[] ORDERS = {"OPERATOR", "SUPPORT", "FINANCE"};
    private static final String[] MONEY = {"OPERATOR", "FINANCE"};
    private static final String[] TRUST = {"OPERATOR", "MODERATOR"};
    private static final String[] SUPPORT = {"OPERATOR", "SUPPORT"};

    /** Rules for one prefix, {@code /admin} or {@code /api/v1/admin}. */
    static List<Rule> rules(String prefix) {
        return List.of(
                // changing roles makes staff: operators only
                new Rule(null, prefix + "/members/*/role", "OPERATOR"),
                new Rule(HttpMethod.POST, prefix + "/members/*/suspension", TRUST),
                new Rule(HttpMethod.POST, prefix + "/members/*/suspension/**", TRUST),
                new Rule(HttpMethod.POST, prefix + "/members/*/verification", SUPPORT),
                new Rule(null, prefix + "/members/*/erasure", "OPERATOR"),
                new Rule(HttpMethod.POST, prefix + "/listings/*/approve", "OPERATOR"),
                new Rule(null, prefix + "/members/**", PEOPLE),
                new Rule(null, prefix + "/listings/**", PEOPLE),
                new Rule(null, prefix + "/orders/**", ORDERS),
                new Rule(null, prefix + "/payouts/**", MONEY),
                new Rule(null, prefix + "/reconciliation/**", MONEY),
                new Rule(null, prefix + "/tax/**", MONEY),
                new Rule(null, prefix + "/analytics/**", MONEY),
                new Rule(null, prefix + "/metrics/**", MONEY),
                new Rule(null, prefix + "/commission/**", MONEY),
                new Rule(null, prefix + "/moderation/**", TRUST),
                new Rule(null, prefix + "/reports/**", TRUST),
                new Rule(null, prefix + "/disputes/**", TRUST),
                new Rule(null, prefix + "/dispatch/**", SUPPORT),
                new Rule(HttpMethod.GET, prefix, ALL_STAFF),
                new Rule(HttpMethod.GET, prefix + "/", ALL_STAFF));
    }

    private StaffAreas() {}
}

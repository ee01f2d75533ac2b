package dev.agora.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.trust.AuditLog;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Finance staff store a month's acquisition cost through the API (audited); members cannot; a missing reason is a problem. */
@IntegrationTest
class AcquisitionCostApiTests {

    @LocalServerPort int port;
    @Autowired AuditLog audit;

    @Test
    void financeStoresAMonthsCostWithAReasonAndMembersAreRefused() {
        var api = new ApiClient(port);
        String city = "Cacville-" + UUID.randomUUID().toString().substring(0, 8);
        var token = api.postJson("/api/v1/auth/tokens", Map.of("email", "finance@agora.test", "password", "agora-demo-2026",
                "scope", "read-write"));
        String finance = ApiClient.bearer(ApiClient.body(token).get("token").asString());
        var entry = Map.of("month", "2026-10", "city", city, "amount", "31.50", "currency", "EUR", "reason", "October ads invoice");

        var saved = api.postJson("/api/v1/admin/metrics/acquisition-costs", entry, "Authorization", finance);
        assertThat(saved.statusCode()).isEqualTo(201);
        assertThat(ApiClient.body(saved).get("perBuyer").get("minorUnits").asLong()).isEqualTo(3150);
        assertThat(api.get("/api/v1/admin/metrics/acquisition-costs", "Authorization", finance).body()).contains(city);
        assertThat(audit.about("acquisition-cost:2026-10/EUR/-/" + city)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("October ads invoice"));

        var noReason = api.postJson("/api/v1/admin/metrics/acquisition-costs",
                Map.of("month", "2026-10", "city", city, "amount", "1.00", "currency", "EUR"), "Authorization", finance);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(noReason).get("errors").get(0).get("field").asString()).isEqualTo("reason");

        var member = api.postJson("/api/v1/admin/metrics/acquisition-costs", entry, "Authorization",
                ApiClient.bearer(api.newToken("read-write")));
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(audit.about("acquisition-cost:2026-10/EUR/-/" + city)).hasSize(1);
    }
}

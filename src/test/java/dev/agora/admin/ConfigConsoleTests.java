package dev.agora.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.trust.AuditLog;
import dev.agora.trust.FraudRuleSettings;
import dev.agora.trust.FraudRuleSettings.FraudSetting;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's fraud rules page (stored, seeded from configuration, audited) and the transaction process page. */
@IntegrationTest
class ConfigConsoleTests {

    static final String DEMO = "agora-demo-2026";

    @LocalServerPort int port;
    @Autowired FraudRuleSettings fraudRules;
    @Autowired AuditLog audit;

    @Test
    void fraudRulesAreSeededFromConfigurationAndChangedWithAnAuditedReason() {
        assertThat(fraudRules.all()).extracting(FraudSetting::key).startsWith("enabled", "hold-threshold", "new-account-hours")
                .contains("velocity-weight", "leakage-weight").hasSize(12);
        assertThat(setting("hold-threshold").configured()).isEqualTo(70);     // application.yml
        assertThat(setting("new-account-hours").configured()).isEqualTo(168); // 7d
        long before = setting("new-account-hours").value();

        var operator = new WebClient(port);
        operator.logIn("operator@agora.test", DEMO);
        var page = operator.get("/admin/config/fraud-rules");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hold threshold", "Shared device, address or payment fingerprint");
        String csrf = "&_csrf=" + WebClient.encode(WebClient.csrfToken(page.body()));

        var noReason = operator.postForm("/admin/config/fraud-rules", "new-account-hours=" + (before + 1) + "&reason=+" + csrf);
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("Give a reason");
        var outOfRange = operator.postForm("/admin/config/fraud-rules", "hold-threshold=101&reason=too+strict" + csrf);
        assertThat(outOfRange.statusCode()).isEqualTo(422);
        assertThat(outOfRange.body()).contains("outside its range");
        assertThat(setting("new-account-hours").value()).isEqualTo(before);
        assertThat(setting("hold-threshold").value()).isBetween(1L, 100L);

        try {
            var saved = operator.postForm("/admin/config/fraud-rules", "new-account-hours=" + (before + 1)
                    + "&reason=" + WebClient.encode("Fraud ring used 7-day-old accounts") + csrf);
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(setting("new-account-hours").value()).isEqualTo(before + 1);
            assertThat(setting("new-account-hours").updatedBy()).isNotNull();
            assertThat(audit.about("fraud-rules")).last().satisfies(entry -> {
                assertThat(entry.reason()).isEqualTo("Fraud ring used 7-day-old accounts");
                assertThat(entry.details()).contains("new-account-hours: " + before + " -> " + (before + 1));
            });
        } finally {
            var api = new ApiClient(port);
            String token = ApiClient.body(api.postJson("/api/v1/auth/tokens",
                    Map.of("email", "operator@agora.test", "password", DEMO, "scope", "read-write"))).get("token").asString();
            var restored = api.send(api.request("/api/v1/admin/config/fraud-rules").header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(ApiClient.json(Map.of(
                            "values", Map.of("new-account-hours", String.valueOf(before)), "reason", "test restores the value")))));
            assertThat(restored.statusCode()).isEqualTo(200);
        }
        assertThat(setting("new-account-hours").value()).isEqualTo(before);
    }

    @Test
    void theProcessPageShowsEveryVersionWithActorsTimersAndTheOneNewOrdersUse() {
        var operator = new WebClient(port);
        operator.logIn("operator@agora.test", DEMO);
        var page = operator.get("/admin/config/processes");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"process-buy-now-1\"", "id=\"process-buy-now-2\"",
                "id=\"process-request-to-book-1\"", "id=\"process-request-to-book-2\"");
        assertThat(page.body()).contains("new orders of ITEM", "running orders only", "timer, 15m after entering",
                "timer, 5d after entering", "CAPTURE");
        var api = new ApiClient(port);
        String token = ApiClient.body(api.postJson("/api/v1/auth/tokens",
                Map.of("email", "operator@agora.test", "password", DEMO, "scope", "read"))).get("token").asString();
        var json = api.get("/api/v1/admin/config/processes", "Authorization", "Bearer " + token);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"name\":\"buy-now\"", "\"newOrdersOf\":\"ITEM\"");
    }

    private FraudSetting setting(String key) {
        return fraudRules.all().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}

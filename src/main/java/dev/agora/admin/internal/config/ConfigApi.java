package dev.agora.admin.internal.config;

import dev.agora.identity.Member;
import dev.agora.kernel.web.ApiController;
import dev.agora.orders.TransactionProcesses;
import dev.agora.orders.TransactionProcesses.ProcessDefinition;
import dev.agora.trust.FraudRuleSettings;
import dev.agora.trust.FraudRuleSettings.FraudSetting;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** {@code /api/v1/admin/config/...}: the fraud rules' settings and the transaction process definitions (operators). */
@ApiController("/api/v1/admin/config")
@Tag(name = "Console")
@PreAuthorize("hasRole('OPERATOR')")
class ConfigApi {

    record FraudRulesChange(@Nullable Map<String, String> values, @Nullable String reason) {}

    private final FraudRuleSettings fraudRules;
    private final TransactionProcesses processes;

    ConfigApi(FraudRuleSettings fraudRules, TransactionProcesses processes) {
        this.fraudRules = fraudRules;
        this.processes = processes;
    }

    @GetMapping("/fraud-rules")
    @Operation(summary = "The fraud rules' switch, thresholds and weights with their configured defaults and ranges")
    List<FraudSetting> fraudRules() {
        return fraudRules.all();
    }

    @PutMapping("/fraud-rules")
    @Operation(summary = "Changes some fraud rule settings (key -> whole number); needs a reason, recorded in the audit log")
    List<FraudSetting> changeFraudRules(@AuthenticationPrincipal Member me, @RequestBody FraudRulesChange change) {
        return fraudRules.change(me.id(), change.values() == null ? Map.of() : change.values(),
                change.reason() == null ? "" : change.reason());
    }

    @GetMapping("/processes")
    @Operation(summary = "Every transaction process version: states, transitions (actor or timer, actions), which version new orders use")
    List<ProcessDefinition> processes() {
        return processes.definitions();
    }
}

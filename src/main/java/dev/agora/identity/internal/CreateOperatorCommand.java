package dev.agora.identity.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar agora.jar --create-operator=ops@example.org --operator-name="Ops Team"} with the password in
 * {@code AGORA_OPERATOR_PASSWORD} (kept out of the shell history): creates or promotes the operator and exits.
 */
@Component
class CreateOperatorCommand implements ApplicationRunner {

    private final OperatorAccounts operators;
    private final ConfigurableApplicationContext context;

    CreateOperatorCommand(OperatorAccounts operators, ConfigurableApplicationContext context) {
        this.operators = operators;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("create-operator")) {
            return;
        }
        String email = args.getOptionValues("create-operator").getFirst();
        String name = args.containsOption("operator-name") ? args.getOptionValues("operator-name").getFirst() : "Operator";
        String password = System.getenv().getOrDefault("AGORA_OPERATOR_PASSWORD", "");
        int status = 0;
        try {
            operators.ensure(email, name, password);
        } catch (RuntimeException e) {
            System.err.println("Could not create operator " + email + ": " + e.getMessage());
            status = 1;
        }
        int exitCode = status;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}

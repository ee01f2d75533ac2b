package dev.agora.payments.internal;

import dev.agora.payments.PaymentGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the provider named by {@code agora.payments.provider}. */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    PaymentGateway paymentGateway(PaymentsSettings settings) {
        return switch (settings.provider()) {
            case "sandbox" -> new SandboxGateway();
            case "stripe" -> new StripeGateway(settings.stripe().apiKey(), settings.stripe().apiBase());
            default -> throw new IllegalStateException("Unknown agora.payments.provider: " + settings.provider());
        };
    }
}

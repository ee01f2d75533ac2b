package dev.agora.analytics.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.analytics.search.*}: how long the words buyers searched are kept in analytics ({@code query-retention},
 * like the search log's 90 days, because a query may hold personal data) and how many queries each top list shows.
 */
@ConfigurationProperties("agora.analytics.search")
public record SearchDemandSettings(
        @DefaultValue("90d") Duration queryRetention,
        @DefaultValue("20") int topQueries) {}

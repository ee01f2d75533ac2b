package dev.agora.analytics;

import dev.agora.IntegrationTest;

@IntegrationTest
class H2MarketMetricsTests extends MarketMetricsContract {}

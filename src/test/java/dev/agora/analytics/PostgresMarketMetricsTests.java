package dev.agora.analytics;

import dev.agora.PostgresTest;

@PostgresTest
class PostgresMarketMetricsTests extends MarketMetricsContract {}

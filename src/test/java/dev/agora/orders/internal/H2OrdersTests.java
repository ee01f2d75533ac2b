package dev.agora.orders.internal;

import dev.agora.IntegrationTest;

@IntegrationTest
class H2OrdersTests extends OrdersContract {}

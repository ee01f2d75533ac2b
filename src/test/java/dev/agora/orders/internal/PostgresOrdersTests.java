package dev.agora.orders.internal;

import dev.agora.PostgresTest;

@PostgresTest
class PostgresOrdersTests extends OrdersContract {}

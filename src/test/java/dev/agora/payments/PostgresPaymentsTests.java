package dev.agora.payments;

import dev.agora.PostgresTest;

@PostgresTest
class PostgresPaymentsTests extends PaymentsContract {}

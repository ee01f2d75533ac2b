package dev.agora.payments;

import dev.agora.IntegrationTest;

@IntegrationTest
class H2PaymentsTests extends PaymentsContract {}

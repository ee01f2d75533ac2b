package dev.agora.ledger;

import dev.agora.IntegrationTest;

@IntegrationTest
class H2LedgerTests extends LedgerContract {}

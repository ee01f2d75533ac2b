package dev.agora.persistence;

import dev.agora.IntegrationTest;

@IntegrationTest
class H2PersistenceTests extends PersistenceContract {}

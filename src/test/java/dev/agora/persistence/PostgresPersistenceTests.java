package dev.agora.persistence;

import dev.agora.PostgresTest;

@PostgresTest
class PostgresPersistenceTests extends PersistenceContract {}

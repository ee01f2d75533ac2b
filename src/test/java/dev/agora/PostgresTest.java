package dev.agora;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The full application on PostgreSQL: the server named by {@code AGORA_TEST_PG_URL} when set (CI), otherwise an
 * embedded PostgreSQL. Like {@link IntegrationTest}, every PostgreSQL test uses it unchanged so one context
 * serves them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestMailServer.class, TestPostgres.class, TestClock.Configuration.class})
@ContextConfiguration(initializers = TestPostgres.Initializer.class)
public @interface PostgresTest {}

package dev.agora;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one full-application test set-up (H2 in memory, GreenMail as SMTP server, a real HTTP port). Every
 * integration test uses it unchanged so Spring caches a single context for the whole run; tests that need
 * PostgreSQL use {@link PostgresTest} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestMailServer.class, TestClock.Configuration.class})
public @interface IntegrationTest {}

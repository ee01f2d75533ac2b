package dev.agora.kernel.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API handler method that moves money or otherwise must run at most once per client intent. Calls
 * must carry an {@code Idempotency-Key} header; a retry with the same key and body gets the stored answer
 * (marked {@code Idempotent-Replayed: true}) without running the handler again. See docs/api.md.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Idempotent {}

package dev.agora.fulfillment.internal.api;

import dev.agora.fulfillment.internal.NotYourJobException;
import dev.agora.kernel.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A courier acting on another courier's job is 403 problem+json in the fulfillment API (before the catch-all). */
@RestControllerAdvice(basePackageClasses = NotYourJobProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotYourJobProblems {

    @ExceptionHandler(NotYourJobException.class)
    ResponseEntity<ProblemDetail> notYours(RuntimeException e) {
        ProblemDetail problem = Problems.forbidden(e.getMessage());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}

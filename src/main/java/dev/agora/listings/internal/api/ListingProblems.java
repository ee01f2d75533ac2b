package dev.agora.listings.internal.api;

import dev.agora.listings.ListingNotFoundException;
import dev.agora.listings.NotYourListingException;
import dev.agora.listings.StaleListingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The listings API's own refusals as problem+json: not found 404, someone else's 403, stale If-Match 412. */
@RestControllerAdvice(assignableTypes = {ListingApi.class, CategoryApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ListingProblems {

    @ExceptionHandler(ListingNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ListingNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "No such listing", e.getMessage());
    }

    @ExceptionHandler(NotYourListingException.class)
    ResponseEntity<ProblemDetail> notYours(NotYourListingException e) {
        return problem(HttpStatus.FORBIDDEN, "Not your listing", "Only its seller may change a listing.");
    }

    @ExceptionHandler(StaleListingException.class)
    ResponseEntity<ProblemDetail> stale(StaleListingException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Listing changed meanwhile",
                "Read the listing again and apply your change to its current version. " + e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}

package dev.agora.kernel.web;

import dev.agora.kernel.validation.InvalidInputException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 {@code application/problem+json}. Field errors are listed under {@code errors}
 * as {@code {field, code, message}} so a client can show each next to its input.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    static final URI VALIDATION = URI.create("https://agora.dev/problems/invalid-input");

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        var errors = e.errors().stream().map(error -> Map.of(
                "field", error.field(), "code", error.code(), "message", error.message()))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(fieldErrors(e.getBindingResult())));
    }

    static List<Map<String, String>> fieldErrors(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(error -> Map.of(
                        "field", error.getField(),
                        "code", String.valueOf(error.getCode()),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
    }

    static ProblemDetail validationProblem(List<Map<String, String>> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setType(VALIDATION);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }
}

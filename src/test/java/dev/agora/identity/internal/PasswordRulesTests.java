package dev.agora.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.kernel.validation.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class PasswordRulesTests {

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(PasswordRules.check("violet-harbour-lantern-42", "ana@example.org")).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(codes("elevenchars", "ana@example.org")).containsExactly("password.tooShort");
    }

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        assertThat(codes("1QAZ2WSX3EDC", "ana@example.org")).containsExactly("password.common");
    }

    @Test
    void refusesAPasswordContainingTheLocalPartOfTheEmail() {
        assertThat(codes("my-Rosalind-secret", "rosalind@example.org")).containsExactly("password.containsEmail");
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThat(codes("x".repeat(129), "ana@example.org")).contains("password.tooLong");
    }

    private static java.util.List<String> codes(String password, String email) {
        return PasswordRules.check(password, email).stream().map(FieldError::code).toList();
    }
}

package dev.agora.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class ETagsTests {

    @Test
    void tagsNameTheVersion() {
        assertThat(ETags.strong(7)).isEqualTo("\"7\"");
        assertThat(ETags.weak(7)).isEqualTo("W/\"7\"");
    }

    @Test
    void matchingTagsStarAndListsPass() {
        ETags.requireMatch("\"3\"", 3);
        ETags.requireMatch("W/\"3\"", 3);
        ETags.requireMatch("*", 3);
        ETags.requireMatch("\"1\", \"3\"", 3);
    }

    @Test
    void missingIfMatchIs428AndStaleIs412() {
        assertThatThrownBy(() -> ETags.requireMatch(null, 3)).isInstanceOfSatisfying(ErrorResponseException.class,
                e -> assertThat(e.getStatusCode().value()).isEqualTo(428));
        assertThatThrownBy(() -> ETags.requireMatch("\"2\"", 3)).isInstanceOfSatisfying(ErrorResponseException.class,
                e -> assertThat(e.getStatusCode().value()).isEqualTo(412));
    }
}

package dev.agora.kernel.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.kernel.validation.InvalidInputException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CursorTests {

    @Test
    void cursorRoundTripsAndIsUrlSafe() {
        var cursor = Cursor.of("2026-11-30T10:15:30.123Z", "ab/c+d?=");
        String encoded = cursor.encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(encoded, 2)).isEqualTo(cursor);
    }

    @Test
    void foreignCursorsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> Cursor.decode("%%%not-base64", 2)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().getFirst().field()).isEqualTo("cursor"));
        assertThatThrownBy(() -> Cursor.decode(Cursor.of("only-one").encode(), 2)).isInstanceOf(InvalidInputException.class);
        assertThat(Cursor.decode(null, 2)).isNull();
    }

    @Test
    void limitIsBoundedFrom1To100WithDefault20() {
        assertThat(PageLimit.of(null).value()).isEqualTo(20);
        assertThat(PageLimit.of(100).value()).isEqualTo(100);
        assertThatThrownBy(() -> PageLimit.of(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageLimit.of(101)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void pageShowsLimitRowsAndPointsAfterTheLastOne() {
        List<Integer> rows = IntStream.rangeClosed(1, 4).boxed().toList();
        var page = CursorPage.of(rows, new PageLimit(3), row -> Cursor.of(row), row -> "item" + row);
        assertThat(page.items()).containsExactly("item1", "item2", "item3");
        assertThat(Cursor.decode(page.nextCursor(), 1).key(0)).isEqualTo("3");
        var last = CursorPage.of(rows.subList(0, 2), new PageLimit(3), row -> Cursor.of(row), row -> "item" + row);
        assertThat(last.nextCursor()).isNull();
    }
}

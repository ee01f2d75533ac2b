package dev.agora.kernel.pagination;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated list. {@code nextCursor} is opaque to clients: they pass it back as
 * {@code ?cursor=} to get the next page, and it is {@code null} on the last page.
 */
public record CursorPage<T>(List<T> items, @Nullable String nextCursor) {

    public CursorPage {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in order: the extra row only tells that there is
     * more, and the cursor points after the last row shown.
     */
    public static <R, T> CursorPage<T> of(
            List<R> rowsPlusOne, PageLimit limit, Function<R, Cursor> cursorOf, Function<R, T> toItem) {
        boolean more = rowsPlusOne.size() > limit.value();
        List<R> shown = more ? rowsPlusOne.subList(0, limit.value()) : rowsPlusOne;
        String next = more ? cursorOf.apply(shown.getLast()).encode() : null;
        return new CursorPage<>(shown.stream().map(toItem).toList(), next);
    }

    public <U> CursorPage<U> map(Function<T, U> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), nextCursor);
    }
}

package dev.agora.search.internal;

import dev.agora.kernel.pagination.Cursor;
import dev.agora.kernel.pagination.PageLimit;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The single-value readers of {@link SearchRequests}: each reads one search parameter (price, date, rating,
 * flag, sort, page size, cursor...), returns its value or null, and adds a {@link FieldError} naming the
 * parameter when the value is malformed or out of range. No state, no services.
 */
final class SearchParameters {

    private SearchParameters() {}

    static @Nullable String first(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static @Nullable Long price(@Nullable String value, String field, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
                throw new NumberFormatException();
            }
            return amount.movePointRight(2).longValue();
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "price.invalid", "must be an amount between 0 and 1000000000"));
            return null;
        }
    }

    static Set<String> values(MultiValueMap<String, String> params, String name, List<String> allowed,
            List<FieldError> errors) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (value.isBlank()) {
                continue;
            }
            String match = allowed.stream().filter(a -> a.equalsIgnoreCase(value.strip())).findFirst().orElse(null);
            if (match == null) {
                errors.add(new FieldError(name, name + ".unknown", "must be one of " + allowed));
            } else {
                chosen.add(match);
            }
        }
        return chosen;
    }

    static @Nullable LocalDate date(@Nullable String value, String field, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "date.invalid", "must be a date like 2026-12-24"));
            return null;
        }
    }

    static SearchQuery.Sort sort(@Nullable String value, SearchQuery.@Nullable Point near,
            List<FieldError> errors) {
        if (value == null) {
            return SearchQuery.Sort.RELEVANCE;
        }
        for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
            if (sort.param().equals(value)) {
                if (sort == SearchQuery.Sort.DISTANCE && near == null) {
                    errors.add(new FieldError("sort", "sort.distance-without-point", "distance needs near or city"));
                }
                return sort;
            }
        }
        errors.add(new FieldError("sort", "sort.unknown", "must be relevance, newest, price_asc, price_desc, distance or rating"));
        return SearchQuery.Sort.RELEVANCE;
    }

    /** A minimum seller rating from 1 to 5 (decimals allowed, 0 or empty: no filter). */
    static @Nullable Double rating(@Nullable String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            double rating = Double.parseDouble(value);
            if (rating == 0) {
                return null;
            }
            if (!(rating >= 1 && rating <= 5)) {
                throw new NumberFormatException();
            }
            return rating;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("min_rating", "min_rating.range", "must be a rating from 1 to 5"));
            return null;
        }
    }

    static boolean flag(@Nullable String value, String field, List<FieldError> errors) {
        if (value == null || value.equalsIgnoreCase("false") || value.equals("0")) {
            return false;
        }
        if (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("on")) {
            return true;
        }
        errors.add(new FieldError(field, field + ".invalid", "must be true or false"));
        return false;
    }

    static int limit(@Nullable String value, List<FieldError> errors) {
        try {
            return PageLimit.of(value == null ? null : Integer.valueOf(value)).value();
        } catch (NumberFormatException e) {
            errors.add(new FieldError("limit", "limit.range", "must be between 1 and " + PageLimit.MAX));
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        return PageLimit.DEFAULT;
    }

    static int offset(@Nullable String value, List<FieldError> errors) {
        try {
            Cursor cursor = Cursor.decode(value, 1);
            int offset = cursor == null ? 0 : Integer.parseInt(cursor.key(0));
            if (offset < 0 || offset > 10_000) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("cursor", "cursor.invalid", "is not a cursor this API handed out"));
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        return 0;
    }

    static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

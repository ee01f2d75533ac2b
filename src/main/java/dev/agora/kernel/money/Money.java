package dev.agora.kernel.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of one currency as a whole number of its minor units (cents for EUR, yen for JPY). Never a
 * floating point number: arithmetic is exact, and the platform's one rounding rule lives in
 * {@link #percentOf(long)} (see docs/decisions/0003-money-representation.md).
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("Not a money currency: " + currency);
        }
    }

    public static Money ofMinor(long minorUnits, String currencyCode) {
        return new Money(minorUnits, currency(currencyCode));
    }

    /** Parses a decimal amount such as "12.50"; more decimals than the currency has are refused, not rounded. */
    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount.strip()), currency(currencyCode));
    }

    public static Money of(BigDecimal amount, Currency currency) {
        try {
            long minor = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY)
                    .movePointRight(currency.getDefaultFractionDigits())
                    .longValueExact();
            return new Money(minor, currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    amount + " has more decimals than " + currency.getCurrencyCode() + " allows or is too large", e);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** orders-cpu: three capital letters, checked without a regex (String.matches compiled one on every amount read). */
    private static boolean isIsoShaped(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** An ISO 4217 code; throws {@link IllegalArgumentException} for an unknown one. */
    public static Currency currency(String code) {
        if (!isIsoShaped(code)) {
            throw new IllegalArgumentException("Unknown currency: " + code);
        }
        Currency currency = Currency.getInstance(code);
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("Not a money currency: " + code);
        }
        return currency;
    }

    public static boolean isKnownCurrency(String code) {
        try {
            currency(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    /**
     * THE rounding rule of the platform: a share in basis points (1/100 of a percent; 1250 = 12.5 %) of this
     * amount, rounded half-even to the currency's minor unit. Fees, commissions and taxes all go through here.
     */
    public Money percentOf(long basisPoints) {
        BigDecimal share = BigDecimal.valueOf(minorUnits)
                .multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN);
        return new Money(share.longValueExact(), currency);
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** The amount as a decimal with the currency's number of fraction digits, e.g. 12.50. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** For people: "12,50 €" in German, "€12.50" in English. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount());
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "Cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
    }

    /** For machines (JSON-LD, logs): "12.50 EUR". */
    @Override
    public String toString() {
        return amount().toPlainString() + " " + currencyCode();
    }
}

package dev.agora.kernel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void parsesDecimalAmountsIntoMinorUnits() {
        assertThat(Money.of("12.5", "EUR").minorUnits()).isEqualTo(1250);
        assertThat(Money.of("1500", "JPY").minorUnits()).isEqualTo(1500);
        assertThat(Money.of("1.234", "BHD").minorUnits()).isEqualTo(1234);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.of("1.005", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("10.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesUnknownCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "eur")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.isKnownCurrency("CHF")).isTrue();
        assertThat(Money.isKnownCurrency("XXX")).isFalse();
    }

    @Test
    void addsAndSubtractsInOneCurrency() {
        Money a = Money.ofMinor(1050, "EUR");
        assertThat(a.plus(Money.ofMinor(250, "EUR"))).isEqualTo(Money.ofMinor(1300, "EUR"));
        assertThat(a.minus(Money.ofMinor(1100, "EUR"))).isEqualTo(Money.ofMinor(-50, "EUR"));
        assertThat(a.times(3)).isEqualTo(Money.ofMinor(3150, "EUR"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.ofMinor(1, "EUR").plus(Money.ofMinor(1, "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
        assertThatThrownBy(() -> Money.ofMinor(1, "EUR").compareTo(Money.ofMinor(1, "CHF")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentOfRoundsHalfEvenToTheMinorUnit() {
        // 12.5 % of 0.20 EUR = 2.5 cents → 2 (even); of 0.28 EUR = 3.5 cents → 4 (even)
        assertThat(Money.ofMinor(20, "EUR").percentOf(1250).minorUnits()).isEqualTo(2);
        assertThat(Money.ofMinor(28, "EUR").percentOf(1250).minorUnits()).isEqualTo(4);
        assertThat(Money.ofMinor(10_000, "EUR").percentOf(1250).minorUnits()).isEqualTo(1250);
        assertThat(Money.ofMinor(-20, "EUR").percentOf(1250).minorUnits()).isEqualTo(-2);
        assertThat(Money.ofMinor(1001, "JPY").percentOf(500).minorUnits()).isEqualTo(50);
    }

    @Test
    void formatsPerLocale() {
        Money price = Money.of("1234.5", "EUR");
        assertThat(price.format(Locale.GERMANY)).contains("1.234,50").contains("€");
        assertThat(price.format(Locale.US)).contains("1,234.50");
        assertThat(price.toString()).isEqualTo("1234.50 EUR");
    }
}

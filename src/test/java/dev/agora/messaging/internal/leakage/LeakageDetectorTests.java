package dev.agora.messaging.internal.leakage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeakageDetectorTests {

    private final LeakageDetector detector = new LeakageDetector();

    @Test
    void masksAnEmailAndKeepsTheRestOfTheMessage() {
        LeakageScan scan = detector.scan("Sure! Write to anna.keller@gmail.com, see you Saturday");
        assertThat(scan.masked()).isEqualTo("Sure! Write to [•••], see you Saturday");
        assertThat(scan.kinds()).containsExactly(ContactKind.EMAIL);
    }

    @Test
    void masksSpelledOutPhoneNumbersInTheOriginalText() {
        LeakageScan scan = detector.scan("ruf an: null eins sieben sechs eins zwei drei vier fünf sechs sieben, danke");
        assertThat(scan.kinds()).containsExactly(ContactKind.PHONE);
        assertThat(scan.masked()).isEqualTo("ruf an: [•••], danke");
    }

    @Test
    void masksLookAlikeAndFullWidthCharactersWhereTheyWereTyped() {
        LeakageScan scan = detector.scan("mail: ｍａｒｉａ＠ｇｍａｉｌ．ｃｏｍ ok");
        assertThat(scan.masked()).isEqualTo("mail: [•••] ok");
    }

    @Test
    void leavesPricesDatesAndTimesAlone() {
        String message = "Neupreis 1.299,00 €, gekauft am 12.03.2023, Abholung 10:30-12:00, Hauptstr. 12, 10115 Berlin";
        assertThat(detector.scan(message).found()).isFalse();
        assertThat(detector.scan(message).masked()).isEqualTo(message);
    }
}

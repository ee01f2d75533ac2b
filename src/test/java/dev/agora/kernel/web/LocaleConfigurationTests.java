package dev.agora.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LocaleConfigurationTests {

    @Test
    void languageCookieIsSecureWhenSecureCookiesAreConfigured() {
        var response = new MockHttpServletResponse();

        new LocaleConfiguration().localeResolver(true).setLocale(new MockHttpServletRequest(), response, Locale.GERMAN);

        assertThat(response.getHeader("Set-Cookie")).startsWith("agora-lang=de").contains("Secure", "HttpOnly",
                "SameSite=Lax");
    }

    @Test
    void languageCookieIsNotSecureOnPlainHttpDevelopment() {
        var response = new MockHttpServletResponse();

        new LocaleConfiguration().localeResolver(false).setLocale(new MockHttpServletRequest(), response, Locale.GERMAN);

        assertThat(response.getHeader("Set-Cookie")).doesNotContain("Secure");
    }

    @Test
    void firstSupportedBrowserLanguageWinsRegionsIgnored() {
        var request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "fr-CH, de-CH;q=0.8, en;q=0.5");
        request.setPreferredLocales(java.util.List.of(Locale.forLanguageTag("fr-CH"), Locale.forLanguageTag("de-CH"),
                Locale.ENGLISH));

        assertThat(LocaleConfiguration.preferredSupported(request)).isEqualTo(Locale.GERMAN);
    }

    @Test
    void withoutAcceptLanguageTheServersOwnLocaleIsIgnored() {
        var request = new MockHttpServletRequest();
        request.setPreferredLocales(java.util.List.of(Locale.GERMAN)); // what a German server JVM reports
        request.removeHeader("Accept-Language");

        assertThat(LocaleConfiguration.preferredSupported(request)).isEqualTo(Locale.ENGLISH);
    }
}

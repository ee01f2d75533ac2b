package dev.agora.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: {@code ?lang=en|de} switches it and a cookie remembers it; without the cookie the
 * browser's preferred supported language wins, then English. Unsupported languages are ignored so
 * {@code <html lang>} never claims a language the page is not written in.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);
    static final String COOKIE = "agora-lang";

    @Bean
    LocaleResolver localeResolver(@Value("${agora.security.secure-cookies:false}") boolean secureCookies) {
        var resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setCookieSecure(secureCookies);
        resolver.setDefaultLocaleFunction(LocaleConfiguration::preferredSupported);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor() {
            @Override
            protected @Nullable Locale parseLocaleValue(String localeValue) {
                return supported(Locale.forLanguageTag(localeValue));
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static Locale preferredSupported(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH; // not the server's own default locale
        }
        var preferred = request.getLocales();
        while (preferred.hasMoreElements()) {
            Locale match = supported(preferred.nextElement());
            if (match != null) {
                return match;
            }
        }
        return Locale.ENGLISH;
    }

    static @Nullable Locale supported(Locale locale) {
        return SUPPORTED.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(null);
    }
}

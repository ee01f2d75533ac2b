package dev.agora.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Like petclinic's I18nPropertiesSyncTest: every page text exists in every language and templates use keys. */
class MessageBundlesTests {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)(?:\\(.*?\\))?}");
    /** Text directly inside an element that Thymeleaf does not replace: {@code <p>Text</p>} without th:text. */
    static final Pattern LITERAL_TEXT = Pattern.compile("<(\\w+)(?![^>]*th:(?:u?text|replace|insert))[^>]*>([^<]*\\p{L}{2,}[^<]*)</\\1>");
    /** Literal words allowed in templates: brand name, language names (written in their own language). */
    static final Set<String> ALLOWED_LITERALS = Set.of("English", "Deutsch");

    @Test
    void everyEnglishKeyHasAGermanTranslationAndViceVersa() throws IOException {
        var english = load("messages.properties").stringPropertyNames();
        var german = load("messages_de.properties").stringPropertyNames();

        assertThat(difference(english, german)).as("keys missing in messages_de.properties").isEmpty();
        assertThat(difference(german, english)).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : bundles()) {
            var messages = load(bundle);
            assertThat(messages.stringPropertyNames().stream().filter(key -> messages.getProperty(key).isBlank()))
                    .as("empty values in %s", bundle).isEmpty();
        }
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        var english = load("messages.properties").stringPropertyNames();
        var missing = new TreeSet<String>();
        for (Path template : templates()) {
            STATIC_KEY.matcher(Files.readString(template)).results().map(match -> match.group(1))
                    .filter(key -> !english.contains(key))
                    .forEach(key -> missing.add(TEMPLATES.relativize(template) + ": " + key));
        }
        assertThat(missing).isEmpty();
    }

    /** Keys a template builds from an enum value ({@code #{'order.line.' + ${line.kind()}}}) exist for every value. */
    @Test
    void everyKeyATemplateBuildsFromAnEnumExists() throws IOException {
        Map<String, Class<? extends Enum<?>>> built = Map.of(
                "order.line.", dev.agora.orders.LineItem.Kind.class,
                "order.statement.account.", dev.agora.ledger.AccountType.class,
                "order.statement.", dev.agora.ledger.EntryCode.class,
                "listing.status.", dev.agora.listings.ListingStatus.class,
                "listing.unit.", dev.agora.listings.PriceUnit.class,
                "admin.role.", dev.agora.identity.Role.class);
        for (String bundle : bundles()) {
            var keys = load(bundle).stringPropertyNames();
            var missing = new TreeSet<String>();
            built.forEach((prefix, type) -> Arrays.stream(type.getEnumConstants())
                    .map(value -> prefix + value.name()).filter(key -> !keys.contains(key)).forEach(missing::add));
            assertThat(missing).as("keys missing in %s", bundle).isEmpty();
        }
    }

    @Test
    void templatesHaveNoHardCodedVisibleText() throws IOException {
        var literals = new TreeSet<String>();
        for (Path template : templates()) {
            LITERAL_TEXT.matcher(Files.readString(template)).results()
                    .filter(match -> !match.group(1).equals("title") && !match.group(1).equals("script"))
                    .map(match -> match.group(2).strip())
                    .filter(text -> !ALLOWED_LITERALS.contains(text))
                    .forEach(text -> literals.add(TEMPLATES.relativize(template) + ": " + text));
        }
        assertThat(literals).as("visible text must come from messages (th:text)").isEmpty();
    }

    static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".properties")).toList();
        }
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }

    static Set<String> difference(Set<String> left, Set<String> right) {
        var result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}

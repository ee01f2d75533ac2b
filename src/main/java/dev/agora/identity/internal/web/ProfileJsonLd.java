package dev.agora.identity.internal.web;

import dev.agora.identity.PublicProfile;
import dev.agora.kernel.config.AgoraSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The schema.org {@code Person} data block of a profile page, safe to place inside a script element. */
@Component
class ProfileJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    ProfileJsonLd(AgoraSettings settings) {
        this.baseUrl = settings.baseUrl().toString().replaceAll("/+$", "");
    }

    String profileUrl(PublicProfile profile) {
        return baseUrl + "/u/" + profile.handle();
    }

    String person(PublicProfile profile) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@context", "https://schema.org");
        person.put("@type", "Person");
        person.put("name", profile.displayName());
        person.put("url", profileUrl(profile));
        if (profile.avatarUrl() != null) {
            person.put("image", baseUrl + profile.avatarUrl());
        }
        if (profile.bio() != null) {
            person.put("description", profile.bio());
        }
        if (profile.city() != null) {
            person.put("address", Map.of("@type", "PostalAddress", "addressLocality", profile.city()));
        }
        if (!profile.languages().isEmpty()) {
            person.put("knowsLanguage", profile.languages());
        }
        // member text could close the script element ("</script>") or open a comment: escape as JSON unicode
        return JSON.writeValueAsString(person)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}

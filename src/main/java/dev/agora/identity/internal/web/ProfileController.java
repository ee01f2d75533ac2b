package dev.agora.identity.internal.web;

import dev.agora.identity.IdentityManagement;
import dev.agora.identity.ProfileSection;
import dev.agora.identity.PublicProfile;
import dev.agora.identity.internal.AccountSettings;
import dev.agora.identity.internal.Languages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

/** The public profile {@code /u/{handle}} with the sections other modules contribute, and the avatar images. */
@Controller
class ProfileController {

    /** A section ready to render: its model is computed before the page, never from the template. */
    record RenderedSection(String titleKey, String fragment, Map<String, Object> model) {}

    private final IdentityManagement identity;
    private final AccountSettings settings;
    private final ObjectProvider<ProfileSection> sections;
    private final ProfileJsonLd jsonLd;

    ProfileController(
            IdentityManagement identity,
            AccountSettings settings,
            ObjectProvider<ProfileSection> sections,
            ProfileJsonLd jsonLd) {
        this.identity = identity;
        this.settings = settings;
        this.sections = sections;
        this.jsonLd = jsonLd;
    }

    @GetMapping("/u/{handle}")
    Object profile(@PathVariable String handle, Locale locale, Model model, HttpServletResponse response) {
        PublicProfile profile = identity.findProfile(handle).orElseThrow(ProfileController::notFound);
        if (!profile.handle().equals(handle)) {
            var canonical = new RedirectView("/u/" + profile.handle(), true);
            canonical.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return canonical;
        }
        response.setHeader("Link", "<" + jsonLd.profileUrl(profile) + ">; rel=\"canonical\"");
        model.addAttribute("profile", profile);
        model.addAttribute("initials", Initials.of(profile.displayName()));
        model.addAttribute("memberSince", DateTimeFormatter.ofPattern("LLLL yyyy", locale)
                .withZone(ZoneOffset.UTC)
                .format(profile.memberSince()));
        model.addAttribute("languages", profile.languages().stream()
                .map(code -> Languages.name(code, locale))
                .toList());
        model.addAttribute("jsonLd", jsonLd.person(profile));
        model.addAttribute("sections", sectionsFor(profile));
        return "identity/profile";
    }

    @GetMapping("/u/{handle}/avatar")
    ResponseEntity<byte[]> avatar(
            @PathVariable String handle,
            @RequestParam(defaultValue = "256") int size,
            @RequestParam(name = "v", required = false) @Nullable Long version) {
        var avatar = settings.avatar(handle, size).orElseThrow(ProfileController::notFound);
        // the URL names the version, so a matching request can be cached for good; a stale one only briefly
        CacheControl cache = version != null && version == avatar.version()
                ? CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable()
                : CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(cache)
                .body(avatar.jpeg());
    }

    private List<RenderedSection> sectionsFor(PublicProfile profile) {
        return sections.stream()
                .sorted(Comparator.comparingInt(ProfileSection::order))
                .map(section -> new RenderedSection(section.titleKey(), section.fragment(), section.model(profile.id())))
                .filter(section -> !section.model().isEmpty())
                .toList();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

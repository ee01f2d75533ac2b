package dev.agora.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.identity.AccountId;
import dev.agora.identity.Member;
import dev.agora.identity.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every console endpoint × every role (anonymous, member, each staff role). Endpoints are not listed here: they are
 * read from Spring MVC's handler mappings, so pages and APIs other modules add under {@code /admin} and
 * {@code /api/v1/admin} are checked automatically against the table of areas below (docs/operator-guide.md).
 * Each pair is checked by the security rules; over HTTP every refusal is checked (302 to login or 401, 403 for
 * the wrong role, logged), and every GET an allowed role makes must get through. Allowed writes are only checked by
 * the rules, so the test does not suspend members or run payouts at random.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class StaffRoleMatrixTests {

    /** The expected matrix: which roles may use a path (relative to /admin or /api/v1/admin) with a method. */
    static Set<Role> expected(String method, String path) {
        boolean post = method.equals("POST");
        if (path.isEmpty() || path.equals("/")) {
            return Set.of(Role.OPERATOR, Role.MODERATOR, Role.SUPPORT, Role.FINANCE);
        }
        if (path.matches("/members/[^/]+/role") || path.matches("/members/[^/]+/erasure")
                || (post && path.matches("/listings/[^/]+/approve"))) {
            return Set.of(Role.OPERATOR);
        }
        if (post && path.matches("/members/[^/]+/suspension(/.*)?")) {
            return Set.of(Role.OPERATOR, Role.MODERATOR);
        }
        if (post && path.matches("/members/[^/]+/verification")) {
            return Set.of(Role.OPERATOR, Role.SUPPORT);
        }
        Map<String, Set<Role>> areas = Map.ofEntries(
                Map.entry("members", Set.of(Role.OPERATOR, Role.SUPPORT, Role.MODERATOR)),
                Map.entry("listings", Set.of(Role.OPERATOR, Role.SUPPORT, Role.MODERATOR)),
                Map.entry("orders", Set.of(Role.OPERATOR, Role.SUPPORT, Role.FINANCE)),
                Map.entry("payouts", Set.of(Role.OPERATOR, Role.FINANCE)),
                Map.entry("reconciliation", Set.of(Role.OPERATOR, Role.FINANCE)),
                Map.entry("tax", Set.of(Role.OPERATOR, Role.FINANCE)),
                Map.entry("analytics", Set.of(Role.OPERATOR, Role.FINANCE)),
                Map.entry("metrics", Set.of(Role.OPERATOR, Role.FINANCE)),
                Map.entry("commission", Set.of(Role.OPERATOR, Role.FINANCE)),
                Map.entry("moderation", Set.of(Role.OPERATOR, Role.MODERATOR)),
                Map.entry("reports", Set.of(Role.OPERATOR, Role.MODERATOR)),
                Map.entry("disputes", Set.of(Role.OPERATOR, Role.MODERATOR)),
                Map.entry("dispatch", Set.of(Role.OPERATOR, Role.SUPPORT)));
        String area = path.substring(1).split("/")[0];
        return areas.getOrDefault(area, Set.of(Role.OPERATOR));
    }

    record Endpoint(String method, String pattern, boolean api) {

        String prefix() {
            return api ? "/api/v1/admin" : "/admin";
        }

        String relative() {
            return pattern.substring(prefix().length());
        }

        String url(String id) {
            return pattern.replaceAll("\\{[^}]+}", id);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired WebInvocationPrivilegeEvaluator privileges;

    List<Endpoint> endpoints;
    final Map<Role, WebClient> browsers = new EnumMap<>(Role.class);
    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    ApiClient api;

    @BeforeAll
    void discoverEndpointsAndLogIn() {
        Set<Endpoint> found = new LinkedHashSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(methods::add);
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                boolean api = pattern.equals("/api/v1/admin") || pattern.startsWith("/api/v1/admin/");
                boolean page = pattern.equals("/admin") || pattern.startsWith("/admin/");
                if (api || page) {
                    methods.forEach(method -> found.add(new Endpoint(method, pattern, api)));
                }
            }
        });
        endpoints = new ArrayList<>(found);
        System.out.println("Role matrix: " + endpoints.size() + " console endpoints x " + (Role.values().length + 1) + " roles");
        api = new ApiClient(port);
        String memberEmail = api.newMember("Matrix Member");
        logIn(Role.MEMBER, memberEmail, ApiClient.PASSWORD);
        logIn(Role.OPERATOR, "operator@agora.test", "agora-demo-2026");
        logIn(Role.MODERATOR, "moderator@agora.test", "agora-demo-2026");
        logIn(Role.SUPPORT, "support@agora.test", "agora-demo-2026");
        logIn(Role.FINANCE, "finance@agora.test", "agora-demo-2026");
        logIn(Role.COURIER, "courier@agora.test", "agora-demo-2026");
    }

    private void logIn(Role role, String email, String password) {
        var browser = new WebClient(port);
        browser.logIn(email, password);
        browsers.put(role, browser);
        var token = api.postJson("/api/v1/auth/tokens", Map.of("email", email, "password", password, "scope", "read-write"));
        assertThat(token.statusCode()).as("token for " + email).isEqualTo(201);
        tokens.put(role, ApiClient.body(token).get("token").asString());
    }

    @Test
    void theConsoleHasTheEndpointsThisModuleAndOthersDeclare() {
        assertThat(endpoints).extracting(Endpoint::toString).contains("GET /admin", "GET /admin/members",
                "GET /admin/members/{id}", "POST /admin/members/{id}/role", "GET /admin/audit", "GET /admin/config",
                "GET /api/v1/admin/members", "GET /api/v1/admin/audit", "POST /api/v1/admin/listings/{id}/approve");
    }

    @Test
    void theSecurityRulesGrantExactlyTheExpectedRolesOnEveryEndpoint() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String url = endpoint.url(UUID.randomUUID().toString());
            Set<Role> allowed = expected(endpoint.method(), endpoint.relative());
            for (Role role : Role.values()) {
                boolean granted = privileges.isAllowed("", url, endpoint.method(), authentication(role));
                if (granted != allowed.contains(role)) {
                    wrong.add(endpoint + " as " + role + ": " + (granted ? "granted" : "refused"));
                }
            }
            if (privileges.isAllowed("", url, endpoint.method(), anonymous())) {
                wrong.add(endpoint + " as anonymous: granted");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void overHttpEveryRefusalIsClearAndLoggedAndEveryAllowedReadGetsThrough(CapturedOutput output) {
        List<String> wrong = new ArrayList<>();
        var anonymous = new WebClient(port);
        for (Endpoint endpoint : endpoints) {
            String url = endpoint.url(UUID.randomUUID().toString());
            Set<Role> allowed = expected(endpoint.method(), endpoint.relative());
            int anonymousStatus = call(anonymous, null, endpoint, url).statusCode();
            int expectedAnonymous = endpoint.api() ? 401 : 302;
            if (anonymousStatus != expectedAnonymous) {
                wrong.add(endpoint + " anonymous: " + anonymousStatus);
            }
            for (Role role : Role.values()) {
                boolean read = endpoint.method().equals("GET");
                if (allowed.contains(role) && !read) {
                    continue;
                }
                var response = call(browsers.get(role), tokens.get(role), endpoint, url);
                int status = response.statusCode();
                if (!allowed.contains(role)) {
                    boolean problem = !endpoint.api() || response.headers().firstValue("Content-Type").orElse("")
                            .contains("application/problem+json");
                    if (status != 403 || !problem) {
                        wrong.add(endpoint + " as " + role + ": " + status + " (expected 403)");
                    }
                } else if (status == 401 || status == 403 || (status == 302 && response.headers()
                        .firstValue("Location").orElse("").contains("/login"))) {
                    wrong.add(endpoint + " as " + role + ": " + status + " (expected to get through)");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(output).contains("Access denied: GET /admin/members for account").contains("Access denied: GET /api/v1/admin/members");
    }

    private HttpResponse<String> call(WebClient browser, String token, Endpoint endpoint, String url) {
        if (endpoint.api()) {
            var request = api.request(url).method(endpoint.method(), endpoint.method().equals("GET")
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", ApiClient.bearer(token));
            }
            return api.send(request);
        }
        if (endpoint.method().equals("GET")) {
            return browser.get(url);
        }
        // a real form post: with the session's CSRF token, so only authorisation can refuse it
        String csrf = WebClient.csrfToken(browser.get(token == null ? "/login" : "/me/settings").body());
        return browser.send(browser.request(url).header("Content-Type", "application/x-www-form-urlencoded")
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString("_csrf=" + WebClient.encode(csrf)))
                .build());
    }

    private static Authentication authentication(Role role) {
        var member = new Member(new AccountId(UUID.randomUUID()), role.name().toLowerCase() + "@example.org",
                role.name().toLowerCase(), role.name(), role, false, null);
        return UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities());
    }

    private static Authentication anonymous() {
        return new AnonymousAuthenticationToken("matrix", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    }
}

package dev.agora.listings;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import dev.agora.identity.AccountId;
import dev.agora.identity.Member;
import dev.agora.identity.Role;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc on the shared application context (no new context), with a signed-in member per request. */
final class ApiClient {

    private ApiClient() {}

    static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    static <B extends org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<B>> B as(
            AccountId id, B request) {
        return request.with(user(new Member(id, id + "@example.org", "h" + id.toString().substring(0, 8), "Tester",
                Role.MEMBER, false, "unused")));
    }

    static <B extends org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<B>> B asOperator(
            AccountId id, B request) {
        return request.with(user(new Member(id, id + "@example.org", "op" + id.toString().substring(0, 8), "Operator",
                Role.OPERATOR, false, "unused")));
    }
}

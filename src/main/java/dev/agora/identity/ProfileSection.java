package dev.agora.identity;

import java.util.Map;

/**
 * A block other modules add to the public profile page ({@code /u/{handle}}) without touching identity: a
 * listings module shows the member's listings, reviews their ratings. Declare an implementation as a bean;
 * the profile page renders every section in {@link #order()}, each under its title.
 */
public interface ProfileSection {

    /** Lower comes first. */
    int order();

    /** Message key of the section heading. */
    String titleKey();

    /**
     * The Thymeleaf fragment to insert, as {@code template :: fragment}, e.g.
     * {@code "listings/profile-section :: listings"}. It sees the map from {@link #model} as {@code section}.
     */
    String fragment();

    /** What the fragment needs for this member; an empty map hides the section. */
    Map<String, Object> model(AccountId member);
}

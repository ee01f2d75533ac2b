/** Categories with attribute schemas, listings and their lifecycle, photos, availability, SEO pages, sitemap. */
@ApplicationModule(displayName = "Listings", allowedDependencies = {"identity", "kernel"})
@NullMarked
package dev.agora.listings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

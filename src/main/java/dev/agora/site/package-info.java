/** The public storefront pages that compose other modules: home, offline page, later the sitemap. */
@ApplicationModule(displayName = "Site", allowedDependencies = {"kernel", "identity", "listings"})
@NullMarked
package dev.agora.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

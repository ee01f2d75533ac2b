/**
 * The operator console: pages under {@code /admin} and {@code /api/v1/admin} composed from the other modules' APIs
 * (members, listings, configuration hub, content pages, audit log), and data protection for members (the data
 * export). Which staff role sees which area is decided in identity's security configuration; every staff action is
 * recorded in trust's audit log with its reason. See docs/operator-guide.md and docs/data-protection.md.
 */
@ApplicationModule(displayName = "Operator console")
@NullMarked
package dev.agora.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

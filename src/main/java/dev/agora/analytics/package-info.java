/**
 * Analytics: market-health metrics and tax figures maintained incrementally from other modules' events in its own
 * tables (daily rollups per category and city, monthly cohorts, per-seller tax years). It listens to everyone and
 * nothing depends on it. See docs/analytics.md for each metric's definition.
 */
@ApplicationModule(displayName = "Analytics")
@NullMarked
package dev.agora.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

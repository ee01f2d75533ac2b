@NullMarked
package dev.agora.notifications.internal;

import org.jspecify.annotations.NullMarked;

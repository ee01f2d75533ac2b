@NullMarked
package dev.agora.messaging.internal;

import org.jspecify.annotations.NullMarked;

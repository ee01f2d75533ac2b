@NullMarked
package dev.agora.reviews.internal;

import org.jspecify.annotations.NullMarked;

/** Persistence conventions shared by the modules' entities. */
@NullMarked
package dev.agora.kernel.persistence;

import org.jspecify.annotations.NullMarked;

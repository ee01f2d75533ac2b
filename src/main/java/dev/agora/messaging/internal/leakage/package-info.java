/** Contact-detail (leakage) detection: a pure library without Spring, measured on a labelled corpus. */
@NullMarked
package dev.agora.messaging.internal.leakage;

import org.jspecify.annotations.NullMarked;

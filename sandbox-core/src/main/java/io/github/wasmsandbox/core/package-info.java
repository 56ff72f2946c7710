/**
 * The sandbox API: run untrusted Python and get a structured result.
 */
@NullMarked
package io.github.wasmsandbox.core;

import org.jspecify.annotations.NullMarked;

/**
 * The CPython subprocess fallback: a hardened, but weaker, box for code MicroPython cannot run.
 */
@NullMarked
package io.github.wasmsandbox.core.subprocess;

import org.jspecify.annotations.NullMarked;

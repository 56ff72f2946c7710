/**
 * The CPython tier: CPython 3.13 compiled to WebAssembly, run in-process on Endive, the only
 * package that touches Endive or Trino types (they are Java 25 class files, loaded reflectively
 * so the rest of the library keeps running on Java 17).
 */
@NullMarked
package io.github.wasmsandbox.core.cpython;

import org.jspecify.annotations.NullMarked;

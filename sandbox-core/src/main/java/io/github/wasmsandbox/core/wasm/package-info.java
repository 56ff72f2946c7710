/**
 * The MicroPython/WebAssembly engine: the only package that knows Chicory, so a move to Endive
 * stays inside it.
 */
@NullMarked
package io.github.wasmsandbox.core.wasm;

import org.jspecify.annotations.NullMarked;

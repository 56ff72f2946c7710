/**
 * The sandbox as a Spring AI tool, and its auto-configuration.
 */
@NullMarked
package io.github.wasmsandbox.autoconfigure.ai;

import org.jspecify.annotations.NullMarked;

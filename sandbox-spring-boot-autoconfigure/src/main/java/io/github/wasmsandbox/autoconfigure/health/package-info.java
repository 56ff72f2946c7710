/**
 * The sandbox health indicator and its auto-configuration.
 */
@NullMarked
package io.github.wasmsandbox.autoconfigure.health;

import org.jspecify.annotations.NullMarked;

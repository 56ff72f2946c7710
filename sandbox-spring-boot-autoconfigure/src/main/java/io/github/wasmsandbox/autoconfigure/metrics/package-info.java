/**
 * The sandbox's meters beyond the {@code sandbox.executions} observation, and their
 * auto-configuration.
 */
@NullMarked
package io.github.wasmsandbox.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;

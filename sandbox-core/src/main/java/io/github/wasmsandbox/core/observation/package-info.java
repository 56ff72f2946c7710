/**
 * Micrometer observation of executions: the documentation, the context and the conventions of
 * the {@code sandbox.executions} observation.
 */
@NullMarked
package io.github.wasmsandbox.core.observation;

import org.jspecify.annotations.NullMarked;

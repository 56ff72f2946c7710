/**
 * The executor service that composes the engines with a circuit breaker, a bulkhead and a
 * fallback policy.
 */
@NullMarked
package io.github.wasmsandbox.core.resilience;

import org.jspecify.annotations.NullMarked;

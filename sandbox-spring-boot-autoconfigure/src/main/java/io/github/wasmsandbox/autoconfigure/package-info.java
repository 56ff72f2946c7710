/**
 * Spring Boot auto-configuration of the sandbox: its properties, executors and executor service.
 */
@NullMarked
package io.github.wasmsandbox.autoconfigure;

import org.jspecify.annotations.NullMarked;

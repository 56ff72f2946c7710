/**
 * The sample application: the sandbox over HTTP, as an MCP server, as a playground page and as a
 * Spring AI agent's tool.
 */
@NullMarked
package io.github.wasmsandbox.sample;

import org.jspecify.annotations.NullMarked;

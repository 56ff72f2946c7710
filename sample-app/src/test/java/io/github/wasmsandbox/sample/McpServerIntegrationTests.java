package io.github.wasmsandbox.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the MCP server with the MCP Java SDK's client over streamable HTTP, as Claude Code or
 * Cursor would call it.
 */
@SampleAppTest
class McpServerIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	private McpSyncClient client;

	@BeforeEach
	void connect() {
		HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
			.builder("http://localhost:" + this.port)
			.endpoint("/mcp")
			.build();
		this.client = McpClient.sync(transport)
			.clientInfo(new McpSchema.Implementation("sample-app-test", "1.0.0"))
			.requestTimeout(Duration.ofSeconds(60))
			.build();
		McpSchema.InitializeResult initialized = this.client.initialize();
		assertThat(initialized.serverInfo().name()).isEqualTo("wasm-python-sandbox");
	}

	@AfterEach
	void disconnect() {
		this.client.closeGracefully();
	}

	@Test
	void listToolsWhenConnectedShouldExposeRunPythonWithItsSchema() {
		McpSchema.Tool tool = this.client.listTools()
			.tools()
			.stream()
			.filter((candidate) -> candidate.name().equals("run_python"))
			.findFirst()
			.orElseThrow();
		assertThat(tool.description()).contains("MicroPython 1.27, not CPython").contains("Limits per call: 10 s");
		assertThat(tool.inputSchema()).containsEntry("required", List.of("code"));
		assertThat(tool.inputSchema().get("properties")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsOnlyKeys("code", "inputs");
	}

	@Test
	void callToolWhenCodeIsValidShouldRunItAndReturnTheJsonResult() {
		McpSchema.CallToolResult result = this.client.callTool(new McpSchema.CallToolRequest("run_python",
				Map.of("code", "import json\nprint(json.dumps(sorted(words)))\nlen(words)", "inputs",
						Map.of("words", List.of("pear", "apple", "fig")))));
		assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
		JsonNode json = JSON.readTree(((McpSchema.TextContent) result.content().get(0)).text());
		assertThat(json.get("status").stringValue()).isEqualTo("SUCCESS");
		assertThat(json.get("stdout").stringValue()).isEqualTo("[\"apple\", \"fig\", \"pear\"]\n");
		assertThat(json.get("value").intValue()).isEqualTo(3);
		assertThat(json.get("executor").stringValue()).isEqualTo("wasm");
	}

	@Test
	void callToolWhenCodeFailsShouldReturnTheErrorAsAResult() {
		McpSchema.CallToolResult result = this.client
			.callTool(new McpSchema.CallToolRequest("run_python", Map.of("code", "'abc'.no_such_method()")));
		JsonNode json = JSON.readTree(((McpSchema.TextContent) result.content().get(0)).text());
		assertThat(json.get("status").stringValue()).isEqualTo("ERROR");
		assertThat(json.get("error").get("type").stringValue()).isEqualTo("AttributeError");
	}

	@Test
	void callToolWhenCodeIsMissingShouldReturnAnErrorNamingIt() {
		// The MCP server checks arguments against the tool's schema before the tool runs
		McpSchema.CallToolResult result = this.client
			.callTool(new McpSchema.CallToolRequest("run_python", Map.of("source", "print(1)")));
		assertThat(result.isError()).isTrue();
		assertThat(((McpSchema.TextContent) result.content().get(0)).text())
			.contains("required property 'code' not found");
	}

}

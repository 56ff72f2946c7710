package io.github.wasmsandbox.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the actuator exposes health with the sandbox indicator, info and the sandbox metrics.
 */
@SampleAppTest
class ActuatorEndpointsTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void healthWhenEngineIsUpShouldIncludeTheSandboxIndicator() {
		MvcTestResult result = this.mvc.get().uri("/actuator/health").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.components.sandbox.status").isEqualTo("UP");
		assertThat(result).bodyJson().extractingPath("$.components.sandbox.details.engine").isEqualTo("wasm");
		assertThat(result).bodyJson().extractingPath("$.components.sandbox.details.jitHugeMethods").isEqualTo(true);
	}

	@Test
	void infoWhenRequestedShouldDescribeTheApp() {
		assertThat(this.mvc.get().uri("/actuator/info").exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.app.name")
			.isEqualTo("WASM Python sandbox sample app");
	}

	@Test
	void metricsWhenCodeHasRunShouldListTheSandboxExecutions() {
		this.mvc.post().uri("/api/execute").contentType("application/json").content("{\"code\": \"1\"}").exchange();
		assertThat(this.mvc.get().uri("/actuator/metrics/sandbox.executions").exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("sandbox.executions");
	}

}

package io.github.wasmsandbox.sample;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@code POST /api/agent}: the whole tool loop, offline, with a scripted chat model that
 * calls {@code run_python} and then answers from the tool's result.
 */
@SampleAppTest
class AgentEndpointTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ScriptedChatModel model;

	@Autowired
	private MeterRegistry meterRegistry;

	@BeforeEach
	void forgetPrompts() {
		this.model.prompts.clear();
	}

	@Test
	void askWhenModelCallsTheToolShouldRunItInWasmAndReturnTheModelsAnswer() {
		double wasmRunsBefore = wasmRuns();
		MvcTestResult result = this.mvc.post()
			.uri("/api/agent")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"question\": \"What is the sum of the squares of 1 to 10?\"}")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.answer")
			.isEqualTo("The sum of the squares of 1 to 10 is 385 (computed by wasm).");
		assertThat(this.model.prompts).hasSize(2);
		// first turn: the model was offered the sandbox tool
		assertThat(((ToolCallingChatOptions) this.model.prompts.get(0).getOptions()).getToolCallbacks())
			.extracting((tool) -> tool.getToolDefinition().name())
			.containsExactly("run_python");
		// second turn: the tool's JSON result came back to the model in the tool response message
		List<Message> messages = this.model.prompts.get(1).getInstructions();
		assertThat(messages.get(messages.size() - 1)).isInstanceOf(ToolResponseMessage.class);
		ToolResponseMessage.ToolResponse response = ((ToolResponseMessage) messages.get(messages.size() - 1))
			.getResponses()
			.get(0);
		assertThat(response.id()).isEqualTo("call-1");
		assertThat(response.name()).isEqualTo("run_python");
		JsonNode json = JSON.readTree(response.responseData());
		assertThat(json.get("status").stringValue()).isEqualTo("SUCCESS");
		assertThat(json.get("stdout").stringValue()).isEqualTo("10 squares\n");
		assertThat(json.get("value").intValue()).isEqualTo(385);
		assertThat(json.get("executor").stringValue()).isEqualTo("wasm");
		// and the execution went through the sandbox service, observed as a WASM run
		assertThat(wasmRuns()).isEqualTo(wasmRunsBefore + 1);
	}

	@Test
	void askWhenQuestionIsMissingShouldReturnProblem() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/agent")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void askWhenNoChatModelIsConfiguredShouldAnswerServiceUnavailableWithHowToConfigureOne() {
		// The shared context has a chat model; this one has none. The problem is rendered as
		// application/problem+json like every ErrorResponseException (see ExecuteEndpointTests).
		AgentController controller = new AgentController(
				new StaticListableBeanFactory().getBeanProvider(ChatModel.class), ToolCallbackProvider.from());
		assertThatExceptionOfType(ErrorResponseException.class)
			.isThrownBy(() -> controller.ask(new AgentController.AgentRequest("What is 2 + 2?")))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(ex.getBody().getDetail()).contains("No chat model is configured", "-Popenai",
						"OPENAI_API_KEY", "-Panthropic", "-Pollama", "docs/agent.md");
			});
	}

	private double wasmRuns() {
		Timer timer = this.meterRegistry.find("sandbox.executions").tags("executor", "wasm", "status", "success").timer();
		return (timer != null) ? timer.count() : 0;
	}

}

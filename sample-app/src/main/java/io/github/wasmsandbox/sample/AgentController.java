package io.github.wasmsandbox.sample;

import java.util.concurrent.atomic.AtomicReference;

import io.github.wasmsandbox.autoconfigure.ai.SandboxToolAutoConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/agent}: a question in, the model's answer out, with the sandbox as the model's
 * {@code run_python} tool. Needs a chat model (see docs/agent.md); without one it answers 503 with
 * how to configure one.
 */
@RestController
class AgentController {

	static final String SYSTEM_PROMPT = """
			You answer questions. When a question needs computation, counting, dates or data \
			processing, write Python and run it with the run_python tool instead of computing in your \
			head; then answer from its result.""";

	static final String NO_MODEL = "No chat model is configured, so /api/agent cannot answer. Start the app "
			+ "with one Spring AI model starter and its settings, for example: "
			+ "OPENAI_API_KEY=... mvn -pl sample-app -am spring-boot:run -Popenai "
			+ "(or -Panthropic with ANTHROPIC_API_KEY, or -Pollama with a local Ollama). See docs/agent.md.";

	private final ObjectProvider<ChatModel> chatModel;

	private final ToolCallbackProvider sandboxTool;

	private final AtomicReference<@Nullable ChatClient> chatClient = new AtomicReference<>();

	AgentController(ObjectProvider<ChatModel> chatModel,
			@Qualifier(SandboxToolAutoConfiguration.TOOL_CALLBACK_PROVIDER_BEAN_NAME) ToolCallbackProvider sandboxTool) {
		this.chatModel = chatModel;
		this.sandboxTool = sandboxTool;
	}

	@PostMapping(path = "/api/agent", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	AgentResponse ask(@RequestBody AgentRequest request) {
		if (request.question() == null || request.question().isBlank()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"'question' is required: {\"question\": \"...\"}");
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
		}
		String answer = chatClient().prompt().user(request.question()).call().content();
		return new AgentResponse((answer != null) ? answer : "");
	}

	private ChatClient chatClient() {
		ChatClient client = this.chatClient.get();
		if (client != null) {
			return client;
		}
		ChatModel model = this.chatModel.getIfUnique();
		if (model == null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, NO_MODEL);
			problem.setTitle("No chat model configured");
			throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
		}
		// The tool loop runs in the ChatClient (ToolCallingAdvisor), the same for every model.
		client = ChatClient.builder(model)
			.defaultSystem(SYSTEM_PROMPT)
			.defaultToolCallbacks(this.sandboxTool.getToolCallbacks())
			.defaultAdvisors(ToolCallingAdvisor.builder().build())
			.build();
		this.chatClient.compareAndSet(null, client);
		return client;
	}

	/**
	 * A question for the agent.
	 *
	 * @param question the question
	 */
	record AgentRequest(@Nullable String question) {
	}

	/**
	 * The agent's answer.
	 *
	 * @param answer the model's final answer
	 */
	record AgentResponse(String answer) {
	}

}

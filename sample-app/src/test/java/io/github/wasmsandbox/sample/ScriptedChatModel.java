package io.github.wasmsandbox.sample;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A chat model that plays a model using the sandbox: asked a question, it calls {@code run_python}
 * with {@link #CODE}; given the tool's response, it answers from the JSON result. It records every
 * prompt it receives.
 */
class ScriptedChatModel implements ChatModel {

	static final String CODE = "squares = [n * n for n in range(1, limit + 1)]\nprint(len(squares), 'squares')\nsum(squares)";

	static final String ARGUMENTS = "{\"code\": \"squares = [n * n for n in range(1, limit + 1)]\\n"
			+ "print(len(squares), 'squares')\\nsum(squares)\", \"inputs\": {\"limit\": 10}}";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final List<Prompt> prompts = new CopyOnWriteArrayList<>();

	@Override
	public ChatResponse call(Prompt prompt) {
		this.prompts.add(prompt);
		List<Message> messages = prompt.getInstructions();
		if (messages.get(messages.size() - 1) instanceof ToolResponseMessage toolResponse) {
			JsonNode result = JSON.readTree(toolResponse.getResponses().get(0).responseData());
			return response(new AssistantMessage("The sum of the squares of 1 to 10 is " + result.get("value")
					+ " (computed by " + result.get("executor").stringValue() + ")."));
		}
		AssistantMessage toolCall = AssistantMessage.builder()
			.content("")
			.toolCalls(List.of(new AssistantMessage.ToolCall("call-1", "function", "run_python", ARGUMENTS)))
			.build();
		return response(toolCall);
	}

	@Override
	public ChatOptions getOptions() {
		return ToolCallingChatOptions.builder().build();
	}

	private static ChatResponse response(AssistantMessage message) {
		return new ChatResponse(List.of(new Generation(message)));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		ScriptedChatModel scriptedChatModel() {
			return new ScriptedChatModel();
		}

	}

}

package io.github.wasmsandbox.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.wasmsandbox.core.resilience.FallbackTrigger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata IDEs read: generated from {@link SandboxProperties} and merged with
 * {@code additional-spring-configuration-metadata.json}.
 */
class SandboxPropertiesMetadataTests {

	private final JsonNode metadata = load();

	@Test
	void metadataWhenGeneratedShouldDescribeEverySandboxProperty() {
		List<String> undescribed = new ArrayList<>();
		int count = 0;
		for (JsonNode property : this.metadata.get("properties")) {
			if (property.get("name").asString().startsWith("sandbox.")) {
				count++;
				if (!property.has("description") || property.get("description").asString().isBlank()) {
					undescribed.add(property.get("name").asString());
				}
			}
		}
		assertThat(count).isEqualTo(23);
		assertThat(undescribed).isEmpty();
	}

	@Test
	void fallbackOnWhenHintedShouldOfferEveryTriggerAndDefaultToTheCoreDefaults() {
		List<String> hinted = new ArrayList<>();
		for (JsonNode hint : this.metadata.get("hints")) {
			if (hint.get("name").asString().equals("sandbox.fallback.on")) {
				hint.get("values").forEach((value) -> hinted.add(value.get("value").asString()));
			}
		}
		assertThat(hinted).containsExactlyElementsOf(Arrays.stream(FallbackTrigger.values()).map(FallbackTrigger::value).toList());
		assertThat(new SandboxProperties().getFallback().getOn())
			.containsExactlyElementsOf(FallbackTrigger.DEFAULTS.stream().map(FallbackTrigger::value).toList());
		for (JsonNode property : this.metadata.get("properties")) {
			if (property.get("name").asString().equals("sandbox.fallback.on")) {
				List<String> defaults = new ArrayList<>();
				property.get("defaultValue").forEach((value) -> defaults.add(value.asString()));
				assertThat(defaults).isEqualTo(new SandboxProperties().getFallback().getOn());
			}
		}
	}

	private static JsonNode load() {
		try (InputStream in = SandboxPropertiesMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

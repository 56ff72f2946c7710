package io.github.wasmsandbox.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * What a user sees when a {@code sandbox.*} property is invalid: Spring Boot's failure report
 * naming the property, its value, the allowed range and an action.
 */
@ExtendWith(OutputCaptureExtension.class)
class SandboxStartupFailureTests {

	@Test
	void runWhenFallbackTriggerIsUnknownShouldReportThePropertyAndAllowedValues(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatRuntimeException().isThrownBy(() -> application.run("--sandbox.fallback.on=missing-modul",
				"--sandbox.execution.warm-up=false"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid value 'missing-modul' for configuration property 'sandbox.fallback.on'")
			.contains("allowed values are [missing-module, missing-attribute, missing-builtin")
			.contains("Review the value of the property");
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration(SandboxAutoConfiguration.class)
	static class MinimalApplication {

	}

}

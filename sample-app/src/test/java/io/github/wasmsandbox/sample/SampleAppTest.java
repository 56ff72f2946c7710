package io.github.wasmsandbox.sample;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application context every sample-app test class shares (same annotation, same cached
 * context, one engine start): the real app on a random port, MockMvc, and a scripted chat model.
 *
 * <p>
 * One execution slot and no queueing make "over capacity" reachable on purpose; tests run one
 * request at a time otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sandbox.execution.max-concurrency=1", "sandbox.execution.queue-timeout=0",
				"sandbox.limits.timeout=10s", "sandbox.cpython.enabled=false" })
@AutoConfigureMockMvc
@Import(ScriptedChatModel.Configuration.class)
@interface SampleAppTest {

}

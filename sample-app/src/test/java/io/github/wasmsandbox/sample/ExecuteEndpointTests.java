package io.github.wasmsandbox.sample;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.wasmsandbox.core.resilience.SandboxExecutorService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@code POST /api/execute} against the real engine: every status the endpoint answers.
 */
@SampleAppTest
class ExecuteEndpointTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SandboxExecutorService sandbox;

	@Test
	void executeWhenCodeSucceedsShouldReturnResult() {
		MvcTestResult result = post("""
				{"code": "total = sum(o['amount'] for o in orders)\\nprint(len(orders), 'orders')\\ntotal",
				 "inputs": {"orders": [{"amount": 12.5}, {"amount": 7.5}]}, "timeout": "5s"}""");
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("SUCCESS");
		assertThat(result).bodyJson().extractingPath("$.stdout").isEqualTo("2 orders\n");
		assertThat(result).bodyJson().extractingPath("$.value").isEqualTo(20.0);
		assertThat(result).bodyJson().extractingPath("$.executor").isEqualTo("wasm");
		assertThat(result).bodyJson().extractingPath("$.durationMillis").asNumber().isNotNull();
		assertThat(result).bodyJson().extractingPath("$.stdoutTruncated").isEqualTo(false);
	}

	@Test
	void executeWhenCodeRaisesShouldReturnOkWithTheError() {
		MvcTestResult result = post("{\"code\": \"x = 1\\n1 / 0\"}");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("ERROR");
		assertThat(result).bodyJson().extractingPath("$.error.type").isEqualTo("ZeroDivisionError");
		assertThat(result).bodyJson().extractingPath("$.error.line").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.stderr").asString().contains("ZeroDivisionError");
	}

	@Test
	void executeWhenCodeRunsPastItsTimeoutShouldReturnOkWithTimeout() {
		MvcTestResult result = post("{\"code\": \"while True:\\n  pass\", \"timeout\": 0.3}");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("TIMEOUT");
	}

	@Test
	void executeWhenJsonIsMalformedShouldReturnProblem() {
		MvcTestResult result = post("{\"code\": ");
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
	}

	@Test
	void executeWhenCodeIsMissingShouldReturnProblem() {
		MvcTestResult result = post("{\"inputs\": {\"a\": 1}}");
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'code' is required");
	}

	@Test
	void executeWhenRequestCannotRunShouldReturnProblem() {
		assertThat(post("{\"code\": 42}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'code' must be a string");
		assertThat(post("{\"code\": \"  \"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The code is blank");
		assertThat(post("{\"code\": \"1\", \"inputs\": {\"not valid\": 1}}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("not a valid Python identifier");
		assertThat(post("{\"code\": \"1\", \"timeout\": \"soon\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'timeout'");
		assertThat(post("{\"code\": \"1\", \"timeout\": -1}")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void executeWhenEverySlotIsBusyShouldReturnTooManyRequests() {
		CompletableFuture<MvcTestResult> busy = CompletableFuture
			.supplyAsync(() -> post("{\"code\": \"while True:\\n  pass\", \"timeout\": \"3s\"}"));
		try {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.sandbox.bulkhead().getMetrics().getAvailableConcurrentCalls() == 0);
			MvcTestResult result = post("{\"code\": \"1 + 1\"}");
			assertThat(result).hasStatus(HttpStatus.TOO_MANY_REQUESTS).hasHeader("Retry-After", "1");
			assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("REJECTED");
			assertThat(result).bodyJson().extractingPath("$.message").asString().contains("max-concurrency");
		}
		finally {
			assertThat(busy.join()).bodyJson().extractingPath("$.status").isEqualTo("TIMEOUT");
		}
	}

	@Test
	void executeWhenBreakerIsOpenShouldReturnServiceUnavailable() {
		CircuitBreaker breaker = this.sandbox.circuitBreaker();
		breaker.transitionToForcedOpenState();
		try {
			MvcTestResult result = post("{\"code\": \"1 + 1\"}");
			assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("UNAVAILABLE");
			assertThat(result).bodyJson().extractingPath("$.message").asString().contains("circuit breaker");
		}
		finally {
			breaker.transitionToClosedState();
		}
	}

	private MvcTestResult post(String json) {
		return this.mvc.post().uri("/api/execute").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

}

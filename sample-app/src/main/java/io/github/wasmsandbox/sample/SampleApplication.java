package io.github.wasmsandbox.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample application. Start it with {@code mvn -pl sample-app -am spring-boot:run}, or
 * {@code java -XX:-DontCompileHugeMethods -jar sample-app/target/sample-app-*.jar}.
 *
 * @since 0.1.0
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}

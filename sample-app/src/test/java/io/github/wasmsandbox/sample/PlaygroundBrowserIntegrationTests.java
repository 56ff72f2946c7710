package io.github.wasmsandbox.sample;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests the playground page in a real browser: Debian's headless Chromium driven by Selenium
 * through Debian's chromedriver. Skipped when either is missing ({@code .ci/run} installs both).
 */
@SampleAppTest
class PlaygroundBrowserIntegrationTests {

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

	private static WebDriver driver;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser(@TempDir Path profile) {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium or chromedriver is not installed (apt-get install -y chromium chromium-driver): "
						+ "skipping the browser test of the playground");
		// Use Debian's driver and browser; never let Selenium Manager look for or download anything.
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@BeforeEach
	void openPlayground() {
		driver.get("http://localhost:" + this.port + "/");
	}

	@Test
	void runWhenCodeSucceedsShouldShowOutputValueStatusDurationAndExecutor() throws IOException {
		assertThat(driver.getTitle()).isEqualTo("Python sandbox playground");
		type("code", "names = [p['name'] for p in people]\nprint(', '.join(names))\nlen(names)");
		type("inputs", "{\"people\": [{\"name\": \"Ada\"}, {\"name\": \"Linus\"}]}");
		driver.findElement(By.id("run")).click();
		waitForStatus("SUCCESS");
		assertThat(text("stdout")).isEqualTo("Ada, Linus");
		assertThat(text("value")).isEqualTo("2");
		assertThat(text("stderr")).isEmpty();
		assertThat(text("executor")).isEqualTo("wasm");
		assertThat(text("duration")).matches("\\d+ ms");
		File screenshot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
		Files.copy(screenshot.toPath(), Paths.get("target", "playground.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void runWhenCodeRaisesShouldShowTheErrorAndTraceback() {
		type("code", "x = 1\ny = x / 0");
		type("inputs", "");
		driver.findElement(By.id("run")).click();
		waitForStatus("ERROR");
		assertThat(text("stderr")).contains("ZeroDivisionError");
		assertThat(text("message")).startsWith("ZeroDivisionError");
	}

	@Test
	void runWhenInputsAreNotJsonShouldSayWhyWithoutCallingTheServer() {
		type("inputs", "{not json");
		driver.findElement(By.id("run")).click();
		waitForStatus("FAILED");
		assertThat(text("message")).startsWith("Inputs are not valid JSON");
	}

	@Test
	void runWhenCodeIsBlankShouldShowTheServersProblem() {
		type("code", " ");
		driver.findElement(By.id("run")).click();
		waitForStatus("FAILED");
		assertThat(text("message")).isEqualTo("HTTP 400: The code is blank");
	}

	private static void type(String id, String text) {
		WebElement element = driver.findElement(By.id(id));
		element.clear();
		element.sendKeys(text);
	}

	private static String text(String id) {
		return driver.findElement(By.id(id)).getText();
	}

	private static void waitForStatus(String status) {
		new WebDriverWait(driver, Duration.ofSeconds(60))
			.until(ExpectedConditions.textToBe(By.id("status"), status));
	}

}

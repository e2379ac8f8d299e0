package org.rampart.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromium-driver. Skipped where they are not installed, unless CI or
 * {@code -Drampart.browser.required=true} requires them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static Browser open(int port) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        boolean required = Boolean.getBoolean("rampart.browser.required") || System.getenv("CI") != null;
        if (!present) {
            if (required) {
                throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
            }
            Assumptions.abort("chromium and chromium-driver are not installed");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=en-US",
                // Bootstrap scrolls smoothly unless reduced motion is preferred: a click must not land on a moving page
                "--force-prefers-reduced-motion");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, "http://127.0.0.1:" + port);
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    void waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void login(String username, String password) {
        go("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("form[action$='/login'] button[type=submit]").click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    void logout() {
        driver.manage().deleteAllCookies();
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}

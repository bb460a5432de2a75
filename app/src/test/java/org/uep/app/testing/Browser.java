package org.uep.app.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} driven by its {@code chromedriver}; nothing downloaded) logged in
 * to the console through Keycloak's own login page, one person per browser. Screenshots go to
 * {@code target/console-screenshots/} as the run's artefacts.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension OFFICE = new Dimension(1366, 768);
    public static final Dimension PHONE = new Dimension(390, 844);
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    private Browser(String baseUrl) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("UEP_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--lang=zh-CN", "--window-size=1366,768");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("UEP_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens the console as {@code username} (password {@code demo}): the console sends the browser to Keycloak. */
    public static Browser loggedIn(int port, String username) {
        Browser browser = new Browser("http://localhost:" + port);
        try {
            browser.driver.get(browser.baseUrl + "/console/inbox");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
            browser.driver.findElement(By.id("username")).sendKeys(username);
            browser.driver.findElement(By.id("password")).sendKeys("demo");
            browser.driver.findElement(By.id("kc-login")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Waits for the element; if it never comes, the page is saved as a screenshot and its text told. */
    public WebElement find(By by) {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (TimeoutException e) {
            Path shot = screenshot("missing-" + by.toString().replaceAll("[^A-Za-z0-9._-]+", "_"));
            String page = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("No " + by + " on " + driver.getCurrentUrl() + " (screenshot " + shot + "); the page says: "
                    + page.substring(0, Math.min(page.length(), 1500)), e);
        }
    }

    public String text(By by) {
        return find(by).getText();
    }

    public void waitFor(By by) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitUntil(String what, java.util.function.Supplier<Boolean> condition) {
        wait.withMessage(what).until(d -> condition.get());
    }

    public void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Whether the page is wider than the window (a horizontal scroll bar on the whole page). */
    public boolean overflowsHorizontally() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
        return Boolean.TRUE.equals(overflow);
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Saves what the browser shows as {@code target/console-screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        return configured == null || configured.isBlank() ? fallback : configured;
    }
}

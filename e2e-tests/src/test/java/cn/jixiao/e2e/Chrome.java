package cn.jixiao.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through the system chromedriver (both installed by .ci/run;
 * nothing is downloaded). A fresh profile per instance, so each is a separate person's browser.
 */
final class Chrome implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final Path profile;

    /** @param extraArguments more Chromium switches, e.g. to accept a test server's self-signed certificate */
    Chrome(String... extraArguments) throws IOException {
        profile = Files.createTempDirectory("jixiao-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the machine has no network beyond localhost: keep Chromium from trying to phone home
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return await(css);
    }

    WebElement await(String css) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            throw new AssertionError("no " + css + " on " + describe(), e);
        }
    }

    void awaitText(String css, String text) {
        awaitText(css, text, Duration.ofSeconds(30));
    }

    void awaitText(String css, String text, Duration timeout) {
        try {
            new WebDriverWait(driver, timeout)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        } catch (TimeoutException e) {
            throw new AssertionError("no \"" + text + "\" in " + css + " on " + describe(), e);
        }
    }

    /** Where the browser is and what it shows, for failure messages. */
    private String describe() {
        String body = driver.findElement(By.tagName("body")).getText();
        return driver.getCurrentUrl() + ":\n" + (body.length() > 1500 ? body.substring(0, 1500) : body);
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        find(css).click();
    }

    /** Fails naming every serious or critical accessibility violation axe-core finds on the page. */
    void assertAccessible() {
        java.util.List<String> violations = Axe.seriousViolations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("accessibility violations on " + url() + ":\n" + String.join("\n", violations));
        }
    }

    Object script(String javascript) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript);
    }

    String page() {
        return driver.getPageSource();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** A browser of the demo district's {@code username}, signed in and on the workspace's home. */
    static Chrome signedIntoDemo(String base, String username) throws IOException {
        Chrome chrome = new Chrome();
        chrome.open(base + "/app");
        chrome.signIn("lunan", username, "jixiao-demo-pass");
        chrome.awaitText("h1", "唐山市路南区");
        return chrome;
    }

    /** Signs in on the district login page the browser was sent to. */
    void signIn(String tenant, String username, String password) {
        type("#tenant", tenant);
        type("#username", username);
        type("#password", password);
        click("#login-submit");
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

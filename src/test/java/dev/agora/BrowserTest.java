package dev.agora;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser tests: the system Chromium driven by Playwright against the running app. One browser per
 * test JVM (started on first use, closed at JVM exit), a fresh context (cookies, storage, service workers)
 * per test. Playwright never downloads browsers here; without {@code /usr/bin/chromium} the tests fail
 * with a message saying how to install it (CI installs it), they are not skipped.
 */
@IntegrationTest
public abstract class BrowserTest {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Paths.get("target/screenshots");
    public static final String DEMO_PASSWORD = "agora-demo-2026";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

    private static Browser browser;

    @LocalServerPort
    protected int port;

    private BrowserContext context;
    protected Page page;

    /** A new page the size of a phone (390×844, touch), as most marketplace visitors use. */
    protected Page phone() {
        return open(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true));
    }

    /** A new page the size of a laptop screen (1280×800). */
    protected Page desktop() {
        return open(new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    private Page open(Browser.NewContextOptions options) {
        if (context != null) {
            context.close();
        }
        context = browser().newContext(options.setBaseURL("http://localhost:" + port).setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        return page;
    }

    protected BrowserContext context() {
        return context;
    }

    /** Logs in through the login form, like a member would. */
    protected void logIn(String email, String password) {
        logIn(page, email, password);
    }

    /**
     * A second desktop browser beside {@link #page}, logged in as another member (two people on one conversation);
     * its one page is {@code pages().getFirst()}. The caller closes it (try-with-resources).
     */
    protected BrowserContext loggedInElsewhere(String email, String password) {
        BrowserContext other = browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("en-GB"));
        logIn(other.newPage(), email, password);
        return other;
    }

    private static void logIn(Page page, String email, String password) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns its path. */
    protected Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Copies a screenshot into the documentation (docs/screenshots), so the README shows the current UI. */
    protected void publish(Path screenshot) {
        try {
            Path docs = Files.createDirectories(Paths.get("docs/screenshots"));
            Files.copy(screenshot, docs.resolve(screenshot.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first link in the newest mail to a recipient, waiting for that mail (sending is asynchronous). */
    protected static String latestMailLink(String recipient) {
        return Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> latestLink(TestMailServer.mailsTo(recipient)), link -> link != null);
    }

    private static String latestLink(List<MimeMessage> mails) throws Exception {
        if (mails.isEmpty()) {
            return null;
        }
        var matcher = LINK.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(mails.getLast())
                .replace("=\r\n", "").replace("=3D", "="));
        return matcher.find() ? matcher.group() : null;
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
                        + " (Debian/Ubuntu: apt-get install -y chromium). Playwright is set up not to download one.");
            }
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }
}

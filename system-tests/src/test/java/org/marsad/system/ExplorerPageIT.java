package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explorer page in a real browser: Debian's Chromium, headless, driven through its chromedriver against the
 * running system on the seeds. Search in Arabic, open the entity from the keyboard, read its timeline and graph, open
 * an event and find its evidence highlighted in the article's text. Screenshots go to target/explorer-screenshots.
 */
@ExtendWith(SharedSystem.class)
@Order(2) // on the seeds as loaded: before the tests that correct and re-extract events
class ExplorerPageIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MARSAD_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("MARSAD_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SHOTS = Path.of("target", "explorer-screenshots");
    // Selenium warns when it has no DevTools binding for this Chromium's version; the test does not use DevTools.
    // Held in a field: the log manager keeps loggers only weakly, and a collected one would forget its level.
    private static final java.util.logging.Logger CDP_VERSIONS = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static RunningSystem system;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startTheBrowser() throws IOException {
        system = SharedSystem.get();
        CDP_VERSIONS.setLevel(Level.SEVERE);
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The explorer test drives Debian's Chromium: apt-get install chromium chromium-driver (.ci/run does), "
                        + "or point MARSAD_CHROMIUM and MARSAD_CHROMEDRIVER at another Chromium and its driver");
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("marsad-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags keep Chromium from calling out to the network, which this machine's closed network refuses noisily.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--window-size=1280,1600", "--lang=en-GB", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopTheBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void searchOpenTheEntityReadItsTimelineAndGraphThenSeeTheEvidenceOfAnEvent() throws Exception {
        browser.get(system.gatewayBase() + "/");
        WebElement search = waitFor(By.id("q"));
        assertEquals("q", browser.findElement(By.cssSelector("label[for=q]")).getDomAttribute("for"));
        long firstPage = transferred();
        assertTrue(firstPage > 0 && firstPage < 300_000, () -> "first page transferred " + firstPage + " bytes");

        // Results come as one types, without pressing Enter.
        search.sendKeys("حموشي");
        // The results of the whole word (data-query), not of a prefix typed on the way there.
        WebElement hit = until(() -> browser.findElements(By.cssSelector("#results[data-query='حموشي'] .hits a.entity")).stream()
                .filter(a -> a.getText().contains("Hammouchi")).findFirst().orElse(null));
        WebElement hitItem = hit.findElement(By.xpath("./.."));
        assertTrue(hitItem.findElement(By.cssSelector(".pill.type")).getText().equals("Person"), hitItem::getText);
        assertFalse(browser.findElements(By.cssSelector("#results .snippet mark")).isEmpty(), "article snippets mark the match");
        screenshot("1-search");

        // Keyboard only: ↓ from the search box to the first result, ↓ to the next ones, Enter opens.
        search.sendKeys(Keys.ARROW_DOWN);
        List<WebElement> hits = browser.findElements(By.cssSelector("#results .hits a"));
        while (!browser.switchTo().activeElement().equals(hit)) {
            assertTrue(hits.contains(browser.switchTo().activeElement()), "focus left the results");
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        hit.sendKeys(Keys.ENTER);

        waitFor(By.cssSelector(".entity-page h1"));
        assertEquals("Abdellatif Hammouchi", browser.findElement(By.cssSelector(".entity-page h1")).getText());
        WebElement arabicName = browser.findElement(By.cssSelector(".entity-page .name-ar"));
        assertEquals("rtl", arabicName.getDomAttribute("dir"));
        assertTrue(arabicName.getText().contains("حموشي"), arabicName::getText);
        assertFalse(browser.findElements(By.cssSelector(".roles blockquote p")).isEmpty(), "roles come with the sentence that states them");

        List<WebElement> events = until(() -> atLeast(browser.findElements(By.cssSelector("#events > li")), 4));
        List<WebElement> neighbours = until(() -> atLeast(browser.findElements(By.cssSelector("#neighbours > li")), 3));
        long dated = browser.findElements(By.cssSelector("#events > li time")).stream()
                .filter(time -> !time.getDomAttribute("datetime").isEmpty()).count();
        // The charts are ECharts' own drawing: ask the library what it drew.
        assertEquals(dated, ((Number) until(() -> chartPoints("timeline-chart"))).longValue(), "one dot per dated event");
        assertEquals(neighbours.size() + 1L, ((Number) until(() -> chartPoints("graph-chart"))).longValue(), "the entity and its neighbours");
        assertTrue(events.stream().allMatch(e -> Set.of("HAPPENED", "PLANNED", "CANCELLED").contains(e.getDomAttribute("data-status"))));
        long entityPage = transferred();
        System.out.printf("Explorer: first page %,d bytes transferred; with the entity page and ECharts %,d%n", firstPage, entityPage);
        screenshot("2-entity");

        // The timeline filters by type: only meetings are left.
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("MEETING");
        browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
        until(() -> browser.getCurrentUrl().contains("type=MEETING") ? true : null);
        List<WebElement> meetings = until(() -> {
            List<WebElement> shown = browser.findElements(By.cssSelector("#events > li .event-link"));
            return !shown.isEmpty() && shown.stream().allMatch(e -> e.getText().endsWith("Meeting")) ? shown : null;
        });
        assertTrue(meetings.size() < events.size(), "the filter left " + meetings.size() + " of " + events.size());

        // An event: every source with its evidence highlighted in the article's own text.
        meetings.getFirst().click();
        List<WebElement> marks = until(() -> atLeast(browser.findElements(By.cssSelector(".source mark.evidence")), 1));
        String eventId = browser.getCurrentUrl().replaceAll(".*#/event/", "");
        JsonNode sources = system.graphql("query($id: ID!) { event(id: $id) { sources { evidence { text } } } }",
                Map.of("id", eventId), null).path("data").path("event").path("sources");
        Set<String> expected = new HashSet<>();
        sources.forEach(s -> expected.add(s.path("evidence").path("text").asText()));
        assertEquals(expected, marks.stream().map(m -> m.getDomProperty("textContent")).collect(Collectors.toSet()));
        assertEquals(sources.size(), browser.findElements(By.cssSelector(".source")).size());
        for (WebElement mark : marks) {
            assertEquals(Boolean.TRUE, js("""
                    const mark = arguments[0].getBoundingClientRect(), box = arguments[0].closest('.article-text').getBoundingClientRect();
                    return mark.top < box.bottom && mark.bottom > box.top""", mark), "the article's text is scrolled to its evidence");
            WebElement text = mark.findElement(By.xpath("./ancestor::div[contains(@class,'article-text')]"));
            assertEquals("rtl", text.getDomAttribute("dir"), "the seeds are Arabic");
        }
        screenshot("3-event");

        // The interface in Arabic: the whole page turns right to left.
        browser.findElement(By.id("ui-language")).click();
        until(() -> "rtl".equals(browser.findElement(By.tagName("html")).getDomAttribute("dir")) ? true : null);
        assertEquals("ar", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        until(() -> browser.findElement(By.id("sources-title")).getText().startsWith("المصادر") ? true : null);
        waitFor(By.cssSelector(".source mark.evidence"));
        screenshot("4-event-arabic-interface");
        browser.findElement(By.id("ui-language")).click(); // leave the profile as found

        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertTrue(errors.isEmpty(), () -> "browser console: " + errors);
    }

    /** Bytes the page and everything it loaded took on the wire (headers included), as the browser counts them. */
    private long transferred() {
        until(() -> "complete".equals(js("return document.readyState")) ? true : null);
        Object bytes = js("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .reduce((sum, e) => sum + e.transferSize, 0)""");
        return ((Number) bytes).longValue();
    }

    private Object chartPoints(String id) {
        return js("""
                const chart = window.echarts && echarts.getInstanceByDom(document.getElementById(arguments[0]));
                return chart ? chart.getOption().series[0].data.length : null""", id);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static <T> List<T> atLeast(List<T> list, int n) {
        return list.size() >= n ? list : null;
    }

    private WebElement waitFor(By by) {
        return until(() -> browser.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private <T> T until(java.util.function.Supplier<T> condition) {
        // The page re-renders while it loads: an element found a moment ago may be gone, so look again.
        return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until((WebDriver d) -> condition.get());
    }

    /** The whole page, not only the window: the window is stretched to the page's height for the shot. */
    private void screenshot(String name) throws IOException {
        Dimension window = browser.manage().window().getSize();
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height + 120, window.getHeight()), 6000)));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(window);
    }
}

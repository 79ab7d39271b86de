package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.figures.Ledger;
import org.sitrep.ingest.Input;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.record.Record;
import org.sitrep.store.Store;

/**
 * The pages in real headless Chromium (Debian's chromium and chromium-driver, installed by
 * .ci/run), over a store filled from examples/ through the real pipeline: every page loads with
 * no console error, a reader can click from an article to a figure thread to an actor, and the
 * pages fit a phone. Screenshots go to target/screenshots/. Skipped when /usr/bin/chromium is absent.
 */
class PagesBrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");
  static final String REFERENCE = "north-korea-troops-kursk.txt";

  @TempDir static Path dir;
  static Store store;
  static Ledger ledger;
  static WebServer server;
  static ChromeDriver driver;
  static String reference;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "no Debian chromium and chromium-driver here; .ci/run installs them");
    String db = dir.resolve("examples.db").toString();
    store = Store.open(db);
    Pipeline pipeline = Pipeline.standard(PipelineOptions.defaults());
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      for (Path f : files.filter(p -> !p.toString().endsWith(".json")).sorted().toList()) {
        Record r = pipeline.analyze(new Input(f.toString(), null, Files.readAllBytes(f), null));
        store.put(r, "browser-it");
        if (f.endsWith(REFERENCE)) reference = r.article().id();
      }
    }
    ledger = Ledger.open(db);
    ledger.sync();
    server = WebServer.start(store, ledger, WebOptions.local(0));
    driver = chrome();
    Files.createDirectories(SHOTS);
  }

  static ChromeDriver chrome() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--hide-scrollbars", "--window-size=1366,900",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // The driver is given, so Selenium Manager never looks for one on the network.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
    if (ledger != null) ledger.close();
    if (store != null) store.close();
  }

  static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** Loads a page, saves its screenshot, and fails on any console message of level SEVERE. */
  static void visit(String path, String shot) throws IOException {
    driver.get(url(path));
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    screenshot(shot);
    assertNoConsoleErrors(path);
  }

  static void screenshot(String name) throws IOException {
    File png = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  static void assertNoConsoleErrors(String where) {
    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertTrue(errors.isEmpty(), where + ": console errors " + errors);
  }

  @Test
  void everyPageLoadsWithoutConsoleErrors() throws IOException {
    driver.manage().window().setSize(new Dimension(1366, 900));
    visit("/", "overview");
    assertFalse(driver.findElements(By.cssSelector("table.threads tbody tr")).isEmpty(), "no threads on the overview");
    visit("/figures", "figures");
    visit("/figures?measure=troops", "figures-troops");
    visit("/events", "events");
    assertFalse(driver.findElements(By.cssSelector("svg.map path.land.hit")).isEmpty(), "no country shaded");
    visit("/events?type=MOBILIZE", "events-mobilize");
    visit("/search?q=troops", "search");
    assertFalse(driver.findElements(By.cssSelector(".snippet mark.hit")).isEmpty(), "no highlighted hit");
    visit("/articles/" + reference, "article");
    visit("/actors/PRK", "actor");
  }

  @Test
  void referenceStoryShowsItsFiguresQuotesAndEvents() throws IOException {
    driver.manage().window().setSize(new Dimension(1366, 1000));
    visit("/articles/" + reference, "reference-article");
    List<String> figures = driver.findElements(By.cssSelector("mark.m-figure")).stream().map(WebElement::getText).toList();
    assertTrue(figures.containsAll(List.of("between 10,000 and 12,000", "about 4,000", "some 3,000")), figures.toString());
    assertEquals(3, driver.findElements(By.cssSelector(".detail.d-quote")).size(), "quotes");
    assertFalse(driver.findElements(By.cssSelector(".detail.d-event")).isEmpty(), "no events");
    driver.findElements(By.cssSelector("mark.m-figure")).get(0).click();
    screenshot("reference-article-details");
    driver.findElement(By.cssSelector(".detail.d-figure:not([hidden])")).findElement(By.linkText("The figure's thread"))
        .click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/figures/"));
    assertTrue(driver.findElement(By.cssSelector("table.claims")).getText().contains("Western intelligence"));
    assertFalse(driver.findElements(By.cssSelector("svg.chart line.bar")).isEmpty(), "no range bar");
    screenshot("reference-thread");
    assertNoConsoleErrors("reference thread");
    visit("/", "reference-overview");
  }

  @Test
  void unknownIdShowsTheNotFoundPage() {
    driver.get(url("/articles/0000000000000000000000000000000000000000000000000000000000000000"));
    assertEquals("Not found", driver.findElement(By.tagName("h1")).getText());
    driver.manage().logs().get(LogType.BROWSER); // the 404 itself is logged; drop it
  }

  @Test
  void readerClicksFromArticleToFigureThreadToActor() throws IOException {
    driver.manage().window().setSize(new Dimension(1366, 900));
    visit("/articles/" + reference, "click-article");
    WebElement figure = driver.findElements(By.cssSelector("mark.m-figure")).stream()
        .filter(m -> m.getText().contains("4,000")).findFirst().orElseThrow();
    figure.click();
    WebElement panel = driver.findElement(By.cssSelector(".detail.d-figure:not([hidden])"));
    assertTrue(panel.getText().contains("casualties"), panel.getText());
    screenshot("click-details");
    panel.findElement(By.linkText("The figure's thread")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/figures/"));
    assertFalse(driver.findElements(By.cssSelector("svg.chart circle.dot")).isEmpty(), "no estimate on the chart");
    screenshot("click-thread");
    assertNoConsoleErrors("thread");
    driver.findElement(By.cssSelector("a.claimant")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/actors/"));
    assertEquals("South Korea", driver.findElement(By.tagName("h1")).getText());
    screenshot("click-actor");
    assertNoConsoleErrors("actor");
  }

  @Test
  void evidenceLinkOpensTheArticleAtTheClaim() throws IOException {
    visit("/figures", "evidence-figures");
    driver.findElements(By.cssSelector("table.threads a")).get(0).click();
    driver.findElements(By.cssSelector("a.ev")).get(0).click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("#claim-"));
    String anchor = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf('#') + 1);
    WebElement target = driver.findElement(By.id(anchor));
    assertTrue(target.getAttribute("class").contains("m-figure"), target.getAttribute("class"));
    assertTrue(target.getAttribute("class").contains("active"), "the claim is not selected: " + target.getAttribute("class"));
    assertFalse(driver.findElement(By.cssSelector(".detail.d-figure:not([hidden])")).getText().isEmpty());
    assertNoConsoleErrors("evidence link");
  }

  @Test
  void pagesFitAPhone() throws IOException {
    driver.manage().window().setSize(new Dimension(390, 844));
    for (String[] page : new String[][] {{"/", "phone-overview"}, {"/articles/" + reference, "phone-article"},
        {"/events", "phone-events"}, {"/figures", "phone-figures"}}) {
      visit(page[0], page[1]);
      Object overflow = ((JavascriptExecutor) driver).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertEquals(0L, ((Number) overflow).longValue(), page[0] + " scrolls sideways on a phone");
    }
    driver.manage().window().setSize(new Dimension(1366, 900));
  }
}

package cn.jixiao.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (from its webjar on the test classpath) run inside the page the browser shows: the
 * accessibility rules WCAG 2.1 AA asks for, as Chromium renders them.
 */
final class Axe {

    private static final String SCRIPT = load("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
              .then(r => done(r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe-core failed: ' + e]));
            """;

    private Axe() {
    }

    /** The serious and critical violations on the current page, each as "rule (impact): help @ elements". */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        return (List<String>) js.executeAsyncScript(RUN);
    }

    private static String load(String resource) {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

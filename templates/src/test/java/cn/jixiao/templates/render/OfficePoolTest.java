package cn.jixiao.templates.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.synthetic.SyntheticDistrict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jodconverter.core.office.OfficeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The LibreOffice pool itself: lazy start, fonts, a process killed mid-conversion, timeouts, no LibreOffice. */
class OfficePoolTest {

    /** Several synthetic departments in one volume: a conversion of several seconds, long enough to kill into. */
    private static byte[] largeDocx;
    private static byte[] seedDocx;

    private OfficePool pool;

    @BeforeAll
    static void documents() {
        List<Disclosure> departments = SyntheticDistrict.generate(42, 2025).subList(0, 6);
        largeDocx = new DistrictVolumeRenderer().renderDocx(SyntheticDistrict.DISTRICT, 2025, departments,
                RenderOptions.defaults());
        seedDocx = new DocxRenderer().render(Seed.DISTRICT, Seed.disclosure(), RenderOptions.defaults());
    }

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void startsOnTheFirstConversionAndEachProcessSeesTheFontsMapping() throws Exception {
        pool = new OfficePool(OfficePoolSettings.defaults().withProcesses(2));
        assertThat(pool.processIds()).isEmpty();
        assertThat(pool.stats().processStarts()).isZero();

        assertThat(new String(pool.convert(seedDocx), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Set<Long> pids = pool.processIds();
        assertThat(pids).hasSize(2);
        assertThat(pool.stats().processStarts()).isEqualTo(2);
        assertThat(pool.stats().restarts()).isZero();
        assertThat(pool.stats().conversions()).isEqualTo(1);
        for (long pid : pids) {
            assertThat(cmdline(pid)).contains("soffice.bin");
            String fonts = environment(pid).stream().filter(v -> v.startsWith("FONTCONFIG_FILE=")).findFirst()
                    .orElseThrow(() -> new AssertionError("no FONTCONFIG_FILE in the environment of " + pid));
            assertThat(Files.readString(Path.of(fonts.substring("FONTCONFIG_FILE=".length())))).contains("<family>宋体</family>");
            // the template profile says this version ran before: no process spends its start on the render tests
            Path user = profile(pid).resolve("user");
            assertThat(Files.readString(user.resolve("registrymodifications.xcu"))).contains("ooSetupLastVersion");
            assertThat(user.resolve("GraphicsRenderTests.log")).doesNotExist();
        }
    }

    @Test
    void aProcessKilledMidConversionCostsOneRetry() throws Exception {
        pool = new OfficePool(OfficePoolSettings.defaults().withProcesses(1));
        pool.convert(seedDocx); // the process is up, so the kill lands in the large conversion below
        long victim = pool.processIds().iterator().next();

        CompletableFuture<byte[]> conversion = CompletableFuture.supplyAsync(() -> pool.convert(largeDocx));
        awaitActive();
        Thread.sleep(1500); // LibreOffice is loading or laying out the document now
        assertThat(conversion).as("still converting when killed").isNotDone();
        ProcessHandle.of(victim).orElseThrow().destroyForcibly();

        byte[] pdf = conversion.get(5, TimeUnit.MINUTES);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        OfficePoolStats stats = pool.stats();
        assertThat(stats.retries()).isEqualTo(1);
        assertThat(stats.restarts()).isEqualTo(1);
        assertThat(stats.conversions()).isEqualTo(2);
        assertThat(pool.processIds()).hasSize(1).doesNotContain(victim);
    }

    @Test
    void aConversionOverItsTimeoutFailsWithoutARetry() {
        pool = new OfficePool(OfficePoolSettings.defaults().withProcesses(1).withTaskTimeout(Duration.ofMillis(500)));

        assertThatThrownBy(() -> pool.convert(largeDocx)).isInstanceOf(RenderException.class)
                .hasMessageContaining("LibreOffice 超时").hasCauseInstanceOf(OfficeException.class);
        // the process was up and working on it: JODConverter replaces a process that timed out
        assertThat(pool.stats().processStarts()).isGreaterThanOrEqualTo(1);
        assertThat(pool.stats().retries()).isZero();
        assertThat(pool.stats().active()).isZero();
    }

    @Test
    void withoutLibreOfficeItNamesThePackagesToInstallAndStartsWhenItIsThere() throws Exception {
        pool = new OfficePool(OfficePoolSettings.defaults().withSofficeCommand("/nonexistent/soffice"));
        assertThatThrownBy(() -> pool.convert(seedDocx)).isInstanceOf(SofficeNotFoundException.class)
                .hasMessageContaining("未找到 LibreOffice").hasMessageContaining("libreoffice-writer-nogui fonts-noto-cjk");
        pool.close();

        // an executable that is not inside a LibreOffice installation
        pool = new OfficePool(OfficePoolSettings.defaults().withSofficeCommand("/bin/true"));
        assertThatThrownBy(() -> pool.convert(seedDocx)).isInstanceOf(SofficeNotFoundException.class);
        assertThat(pool.stats().processStarts()).isZero();
    }

    private void awaitActive() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pool.stats().active() == 0) {
            assertThat(System.nanoTime()).as("conversion started").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static String cmdline(long pid) throws Exception {
        return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                .replace('\0', ' ');
    }

    /** The process's user profile, from its {@code -env:UserInstallation=file:///…} argument. */
    private static Path profile(long pid) throws Exception {
        String arguments = cmdline(pid);
        int start = arguments.indexOf("-env:UserInstallation=");
        assertThat(start).as("UserInstallation in " + arguments).isNotNegative();
        String url = arguments.substring(start + "-env:UserInstallation=".length()).split(" ")[0];
        return Path.of(java.net.URI.create(url));
    }

    private static List<String> environment(long pid) throws Exception {
        return List.of(new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")), StandardCharsets.UTF_8)
                .split("\0"));
    }
}

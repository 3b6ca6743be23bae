package cn.jixiao.templates.bench;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.render.DistrictVolumeRenderer;
import cn.jixiao.templates.render.DocxRenderer;
import cn.jixiao.templates.render.HtmlRenderer;
import cn.jixiao.templates.render.PdfRenderer;
import cn.jixiao.templates.render.RenderOptions;
import cn.jixiao.templates.synthetic.SyntheticDistrict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.docx4j.Docx4jProperties;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/**
 * Benchmark of the renderers, a plain main class (not a unit test; see docs/benchmarks.md). Modes:
 *
 * <pre>
 * seed              the seed department: first calls, then warm DOCX and HTML, docx4j sections, deflate baseline
 * district [n]      SyntheticDistrict.generate(42, 2025): every department to DOCX+HTML plus the volume, n warm batches
 * pdf [n]           seed PDF and one synthetic department's PDF (×80 for the district), n times each
 * pdf-volume        the synthetic district volume as one PDF (slow; once)
 * profile [s]       warm seed DOCX renders for s seconds (default 30) under a JFR recording, then its summary
 * </pre>
 *
 * An experiment, not a setting of the renderers: {@code -Dbench.formattedOutput=false} turns off docx4j's
 * indented XML ({@code docx4j.jaxb.formatted.output}) for this JVM before anything is rendered.
 */
public final class RenderBenchmark {

    private static final RenderOptions OPTIONS = RenderOptions.defaults();
    private static final DocxRenderer DOCX = new DocxRenderer();
    private static final HtmlRenderer HTML = new HtmlRenderer();
    private static final DistrictVolumeRenderer VOLUME = new DistrictVolumeRenderer();

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String formatted = System.getProperty("bench.formattedOutput");
        if (formatted != null) {
            Docx4jProperties.setProperty("docx4j.jaxb.formatted.output", Boolean.valueOf(formatted));
            System.out.println("docx4j.jaxb.formatted.output = " + formatted + " (experiment)");
        }
        String mode = args.length > 0 ? args[0] : "seed";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("%s  mode %s  %s  %d CPUs  max heap %s  load average %.2f%n", Instant.now(), mode,
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
                HeapPeak.mib(Runtime.getRuntime().maxMemory()), loadAverage());
        switch (mode) {
            case "seed" -> seed();
            case "district" -> district(n);
            case "pdf" -> pdf(n);
            case "pdf-volume" -> pdfVolume();
            case "profile" -> profile(args.length > 1 ? n : 30);
            default -> throw new IllegalArgumentException(
                    "mode: seed | district [n] | pdf [n] | pdf-volume | profile [seconds]");
        }
        System.out.printf("load average at the end %.2f  (sink %d)%n", loadAverage(), Samples.sink);
    }

    /** CPU time of the whole JVM (GC and JIT threads too), in milliseconds. */
    private static double processCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void seed() throws Exception {
        Disclosure seed = BenchInputs.seed();
        District district = BenchInputs.LUNAN;

        // first calls in a fresh JVM: class loading, JAXB context, interpreter
        print("seed DOCX, first call", Samples.once(() -> DOCX.render(district, seed, OPTIONS).length));
        print("seed HTML, first call", Samples.once(() -> html(district, seed).length()));

        Samples docx = Samples.time(200, 300, () -> DOCX.render(district, seed, OPTIONS).length);
        print("seed DOCX, warm", docx);
        Samples html = Samples.time(5_000, 3_000, () -> html(district, seed).length());
        print("seed HTML, warm", html);

        byte[] rendered = DOCX.render(district, seed, OPTIONS);
        System.out.printf("seed DOCX %d bytes, HTML %d chars%n", rendered.length, html(district, seed).length());

        // where a DOCX render goes, approximated with docx4j's public API on the same template
        byte[] template = BenchInputs.resource("/render/disclosure-template-" + OPTIONS.templateVersion() + ".docx");
        // docx4j unmarshals a part on first use; the renderer uses the main part, so this does too
        Samples load = Samples.time(100, 300, () -> load(template).getMainDocumentPart().getContent().size());
        print("  section: load the template package", load);
        WordprocessingMLPackage filled = load(rendered);
        Samples.sink += filled.getMainDocumentPart().getContent().size();
        Samples save = Samples.time(100, 300, () -> save(filled).length);
        print("  section: save the filled package", save);
        System.out.printf("  section: layout + body, by difference   median %9.3f ms%n",
                docx.median() - load.median() - save.median());

        deflate("seed", rendered, docx);
    }

    private static void district(int batches) {
        long start = System.nanoTime();
        List<Disclosure> departments = SyntheticDistrict.generate(42, 2025);
        District district = SyntheticDistrict.DISTRICT;
        long projects = departments.stream().mapToLong(d -> d.projects().size()).sum();
        long indicators = departments.stream().flatMap(d -> d.projects().stream())
                .mapToLong(p -> p.indicators().size()).sum();
        System.out.printf("generated %d departments, %d projects, %d indicator rows in %.0f ms%n",
                departments.size(), projects, indicators, (System.nanoTime() - start) / 1e6);

        double[] totals = new double[batches];
        double[] cpu = new double[batches];
        byte[] volume = null;
        try (HeapPeak heap = new HeapPeak()) {
            batch(district, departments, "batch 1 (first, fresh JVM)");
            for (int i = 0; i < batches; i++) {
                Batch b = batch(district, departments, "batch " + (i + 2) + " (warm)");
                totals[i] = b.totalMs;
                cpu[i] = b.cpuMs;
                volume = b.volume;
            }
            System.out.printf("heap during the batches (until %.1f s of JVM uptime): %s%n",
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, heap.report());
        }
        print("district DOCX+HTML, warm batches", Samples.of(totals, cpu));

        Samples volumeDocx = Samples.time(0, 3, () -> VOLUME.renderDocx(district, 2025, departments, OPTIONS).length);
        print("district volume DOCX alone", volumeDocx);
        // the volume's word/document.xml is about 100 MiB: copying it out needs a heap of its own
        if (Runtime.getRuntime().maxMemory() >= 512L * 1024 * 1024) {
            deflate("district volume", volume, volumeDocx);
        } else {
            System.out.println("deflate of the volume's word/document.xml skipped: max heap under 512 MiB");
        }
    }

    private record Batch(double totalMs, double cpuMs, byte[] volume) {
    }

    /** Every department to DOCX and HTML, then the volume in both; keeps all outputs until the end, as a job would. */
    private static Batch batch(District district, List<Disclosure> departments, String name) {
        List<Object> outputs = new ArrayList<>();
        double cpuStart = Samples.cpuNow();
        double processStart = processCpuMs();
        long start = System.nanoTime();
        long docxNanos = 0;
        long htmlNanos = 0;
        for (Disclosure d : departments) {
            long t0 = System.nanoTime();
            outputs.add(DOCX.render(district, d, OPTIONS));
            long t1 = System.nanoTime();
            outputs.add(html(district, d));
            long t2 = System.nanoTime();
            docxNanos += t1 - t0;
            htmlNanos += t2 - t1;
        }
        long t0 = System.nanoTime();
        byte[] volumeDocx = VOLUME.renderDocx(district, 2025, departments, OPTIONS);
        long t1 = System.nanoTime();
        String volumeHtml = VOLUME.renderHtml(district, 2025, departments, OPTIONS, HtmlRenderer.Mode.DOCUMENT);
        long t2 = System.nanoTime();
        outputs.add(volumeDocx);
        outputs.add(volumeHtml);
        double total = (t2 - start) / 1e6;
        double cpu = Samples.cpuNow() - cpuStart;
        double process = processCpuMs() - processStart;
        long bytes = outputs.stream().mapToLong(o -> o instanceof byte[] b ? b.length
                : ((String) o).getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%-28s total %6.0f ms (CPU: thread %6.0f, process %6.0f) = 80 DOCX %7.0f + 80 HTML %6.0f + volume DOCX %7.0f + volume HTML"
                        + " %6.0f ms; output %.1f MiB (volume DOCX %.1f MiB, HTML %.1f MiB)%n", name, total, cpu, process,
                docxNanos / 1e6, htmlNanos / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6, bytes / 1048576.0,
                volumeDocx.length / 1048576.0, volumeHtml.getBytes(StandardCharsets.UTF_8).length / 1048576.0);
        Samples.sink += outputs.size();
        return new Batch(total, cpu, volumeDocx);
    }

    private static void pdf(int runs) {
        PdfRenderer pdf = new PdfRenderer();
        Disclosure seed = BenchInputs.seed();
        double[] seedMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            seedMs[i] = Samples.once(() -> pdf.render(BenchInputs.LUNAN, seed, OPTIONS).length);
            print("seed PDF, run " + (i + 1), seedMs[i]);
        }
        print("seed PDF", Samples.of(seedMs));

        // a middle department of the synthetic district (19 projects, about 260 indicator rows)
        Disclosure department = SyntheticDistrict.generate(42, 2025).get(40);
        double[] deptMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            deptMs[i] = Samples.once(() -> pdf.render(SyntheticDistrict.DISTRICT, department, OPTIONS).length);
            print("synthetic department PDF, run " + (i + 1), deptMs[i]);
        }
        Samples dept = Samples.of(deptMs);
        print("synthetic department PDF (" + department.projects().size() + " projects)", dept);
        System.out.printf("district PDFs, one per department, extrapolated ×80: median %.0f s (%.0f–%.0f s)%n",
                dept.median() * 80 / 1000, dept.min() * 80 / 1000, dept.max() * 80 / 1000);
    }

    private static void pdfVolume() {
        List<Disclosure> departments = SyntheticDistrict.generate(42, 2025);
        byte[] docx = VOLUME.renderDocx(SyntheticDistrict.DISTRICT, 2025, departments, OPTIONS);
        PdfRenderer pdf = new PdfRenderer("soffice", Duration.ofMinutes(60));
        long[] size = new long[1];
        double ms = Samples.once(() -> size[0] = pdf.convert(docx).length);
        System.out.printf("district volume PDF: %.0f s, %.1f MiB%n", ms / 1000, size[0] / 1048576.0);
    }

    /** Samples warm seed DOCX renders with JFR (every 2 ms) and prints where the time goes. */
    private static void profile(int seconds) throws Exception {
        Disclosure seed = BenchInputs.seed();
        Samples.time(300, 0, () -> DOCX.render(BenchInputs.LUNAN, seed, OPTIONS).length);
        Path file = Path.of("target", "bench-seed-docx.jfr");
        int renders = 0;
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2));
            recording.start();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                Samples.sink += DOCX.render(BenchInputs.LUNAN, seed, OPTIONS).length;
                renders++;
            }
            recording.stop();
            recording.dump(file);
        }
        System.out.printf("%d warm seed DOCX renders in %d s, recording %s%n", renders, seconds, file.toAbsolutePath());
        JfrSummary.print(file, "main", 20);
    }

    /** The render time against deflating the same word/document.xml at the default level. */
    private static void deflate(String name, byte[] docx, Samples render) {
        byte[] xml = BenchInputs.entry(docx, "word/document.xml");
        int warmups = xml.length > 1_000_000 ? 5 : 200;
        int iterations = xml.length > 1_000_000 ? 20 : 300;
        Samples deflate = Samples.time(warmups, iterations, () -> BenchInputs.deflate(xml));
        System.out.printf("%s word/document.xml %d bytes, deflated to %d bytes%n", name, xml.length,
                BenchInputs.deflate(xml));
        print("  deflate word/document.xml", deflate);
        System.out.printf("  render / deflate (medians): %.1f wall-clock, %.1f thread CPU%n",
                render.median() / deflate.median(), render.cpu().median() / deflate.cpu().median());
    }

    private static String html(District district, Disclosure disclosure) {
        return HTML.render(district, disclosure, OPTIONS, HtmlRenderer.Mode.DOCUMENT);
    }

    private static WordprocessingMLPackage load(byte[] docx) {
        try {
            return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] save(WordprocessingMLPackage pkg) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void print(String name, Samples samples) {
        System.out.printf("%-44s %s%n", name, samples);
        if (samples.cpu() != null && samples.count() > 0) {
            System.out.printf("%-44s %s%n", "  (thread CPU time)", samples.cpu());
        }
    }

    private static void print(String name, double ms) {
        System.out.printf("%-44s %9.3f ms%n", name, ms);
    }
}

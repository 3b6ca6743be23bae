package cn.jixiao.templates.bench;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.render.DepartmentPdf;
import cn.jixiao.templates.render.DistrictVolumePdf;
import cn.jixiao.templates.render.DistrictVolumeRenderer;
import cn.jixiao.templates.render.DocxRenderer;
import cn.jixiao.templates.render.HtmlRenderer;
import cn.jixiao.templates.render.OfficePool;
import cn.jixiao.templates.render.OfficePoolSettings;
import cn.jixiao.templates.render.PdfConverter;
import cn.jixiao.templates.render.RenderOptions;
import cn.jixiao.templates.synthetic.SyntheticDistrict;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDF old path (a LibreOffice per PDF) against new path ({@link OfficePool}), side by side in one JVM; a plain
 * main class (see docs/benchmarks.md). Modes:
 *
 * <pre>
 * seed [n]            the seed department's PDF n times each way (after one warm-up conversion of the pool)
 * district [workers]  the district batch as the platform's job does it: per department DOCX, HTML and the PDF of
 *                     that DOCX, then the volume's DOCX, HTML and PDF (bound from the department PDFs), on
 *                     {@code workers} threads (default 2, the job worker's default), first through the pool (as many
 *                     processes as workers), then the old path
 * </pre>
 *
 * {@code -Dbench.volumePdf=false} leaves the volume's PDF out of the district batch; {@code -Dbench.old=false} runs the new path only;
 * {@code -Dbench.oldDepartments=n} runs the old path on the first n departments only (it is slow).
 */
public final class PdfPoolBenchmark {

    private static final RenderOptions OPTIONS = RenderOptions.defaults();
    private static final DocxRenderer DOCX = new DocxRenderer();
    private static final HtmlRenderer HTML = new HtmlRenderer();
    private static final DistrictVolumeRenderer VOLUME = new DistrictVolumeRenderer();

    private PdfPoolBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "seed";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : ("seed".equals(mode) ? 5 : 2);
        System.out.printf("%s  mode %s  %d CPUs  load average %.2f%n", Instant.now(), mode,
                Runtime.getRuntime().availableProcessors(), load());
        switch (mode) {
            case "seed" -> seed(n);
            case "district" -> district(n);
            default -> throw new IllegalArgumentException("mode: seed [n] | district [workers]");
        }
        System.out.printf("load average at the end %.2f%n", load());
    }

    private static void seed(int runs) {
        byte[] docx = DOCX.render(BenchInputs.LUNAN, BenchInputs.seed(), OPTIONS);
        PdfConverter old = PdfConverter.oneShot("soffice", Duration.ofMinutes(5));
        try (OfficePool pool = new OfficePool(OfficePoolSettings.defaults().withProcesses(1))) {
            double first = Samples.once(() -> pool.convert(docx).length);
            System.out.printf("%-44s %9.0f ms (pool start + conversion)%n", "seed PDF, pool, first call", first);
            double[] pooled = new double[runs];
            double[] oneShot = new double[runs];
            for (int i = 0; i < runs; i++) { // interleaved, so load on the machine hits both alike
                pooled[i] = Samples.once(() -> pool.convert(docx).length);
                oneShot[i] = Samples.once(() -> old.convert(docx).length);
            }
            System.out.printf("%-44s %s%n", "seed PDF, new path (pool, warm)", Samples.of(pooled));
            System.out.printf("%-44s %s%n", "seed PDF, old path (soffice per PDF)", Samples.of(oneShot));
        }
    }

    private static void district(int workers) throws Exception {
        List<Disclosure> departments = SyntheticDistrict.generate(42, 2025);
        boolean volumePdf = Boolean.parseBoolean(System.getProperty("bench.volumePdf", "true"));
        boolean old = Boolean.parseBoolean(System.getProperty("bench.old", "true"));
        // warm the JVM's renderers (JAXB, docx4j) so neither path pays for it
        DOCX.render(SyntheticDistrict.DISTRICT, departments.get(0), OPTIONS);
        try (OfficePool pool = new OfficePool(OfficePoolSettings.defaults().withProcesses(workers)
                .withTaskTimeout(Duration.ofMinutes(60)))) {
            batch("new path: pool of " + workers, pool, departments, workers, volumePdf);
        }
        if (old) {
            int count = Integer.getInteger("bench.oldDepartments", departments.size());
            batch("old path: soffice per PDF", PdfConverter.oneShot("soffice", Duration.ofMinutes(60)),
                    departments.subList(0, count), workers, volumePdf && count == departments.size());
        }
    }

    /**
     * Departments first, the volume last, as the batch's tasks are queued; each worker takes the next task. The
     * volume's PDF is bound from the department PDFs the department tasks made ({@link DistrictVolumePdf}), as the
     * platform's volume task takes them from the store: it waits for any still being converted, as the platform
     * waits on that department's render lock.
     */
    private static void batch(String name, PdfConverter pdf, List<Disclosure> departments, int workers, boolean volumePdf)
            throws Exception {
        District district = SyntheticDistrict.DISTRICT;
        ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        AtomicLong docxNanos = new AtomicLong();
        AtomicLong htmlNanos = new AtomicLong();
        AtomicLong pdfNanos = new AtomicLong();
        List<CompletableFuture<DepartmentPdf>> departmentPdfs = new ArrayList<>();
        long[] volume = new long[4];
        int[] volumePages = new int[1];
        for (Disclosure d : departments) {
            CompletableFuture<DepartmentPdf> made = new CompletableFuture<>();
            departmentPdfs.add(made);
            tasks.add(() -> {
                try {
                    byte[] docx = timed(docxNanos, () -> DOCX.render(district, d, OPTIONS));
                    timed(htmlNanos, () -> HTML.render(district, d, OPTIONS, HtmlRenderer.Mode.DOCUMENT));
                    byte[] bytes = timed(pdfNanos, () -> pdf.convert(docx));
                    made.complete(new DepartmentPdf(d.department().code(), d.department().name(), bytes));
                } catch (RuntimeException e) {
                    made.completeExceptionally(e);
                    throw e;
                }
            });
        }
        tasks.add(() -> {
            long t0 = System.nanoTime();
            VOLUME.renderDocx(district, 2025, departments, OPTIONS);
            long t1 = System.nanoTime();
            VOLUME.renderHtml(district, 2025, departments, OPTIONS, HtmlRenderer.Mode.DOCUMENT);
            long t2 = System.nanoTime();
            long t3 = t2;
            if (volumePdf) {
                List<DepartmentPdf> made = departmentPdfs.stream().map(CompletableFuture::join).toList();
                t3 = System.nanoTime();
                byte[] bound = new DistrictVolumePdf(pdf).assemble(district, 2025, made, OPTIONS);
                volumePages[0] = pages(bound);
            }
            volume[0] = t1 - t0;
            volume[1] = t2 - t1;
            volume[2] = t3 - t2; // waiting for department PDFs still being converted
            volume[3] = System.nanoTime() - t3; // the binding: front matter conversion, merge, save
        });
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            running.add(pool.submit(() -> {
                for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                    task.run();
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double total = (System.nanoTime() - start) / 1e9;
        int n = departments.size();
        System.out.printf("%-30s total %6.1f s on %d workers; summed over workers: %d DOCX %5.1f s, %d HTML %4.1f s, %d PDF %6.1f s;"
                        + " volume DOCX %4.1f s, HTML %4.1f s, PDF %s; load average %.1f%n",
                name, total, workers, n, docxNanos.get() / 1e9, n, htmlNanos.get() / 1e9, n, pdfNanos.get() / 1e9, volume[0] / 1e9,
                volume[1] / 1e9, volumePdf
                        ? String.format("bound from the department PDFs in %4.1f s (%d pages; waited %4.1f s for department PDFs)",
                                volume[3] / 1e9, volumePages[0], volume[2] / 1e9)
                        : "skipped", load());
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> T timed(AtomicLong sum, java.util.function.Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        sum.addAndGet(System.nanoTime() - t0);
        return result;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}

package cn.jixiao.templates.importer;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.importer.fixtures.DisclosureDocx;
import cn.jixiao.templates.importer.fixtures.DisclosureXlsx;
import cn.jixiao.templates.synthetic.SyntheticDistrict;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Import timings (not a test): the seed-size .docx, a 100-project .docx and .xlsx, and the seed text. The
 * first import in the JVM is timed alone (class loading included, what the first upload after a restart
 * sees), then each file is imported 100 times after three seconds of warm-up. Wall time and the importing
 * thread's CPU time are both printed: on a shared machine the first depends on the neighbours. How to run:
 * docs/import.md.
 */
public final class ImportBenchmark {

    private static final long WARMUP_NANOS = 3_000_000_000L;
    // CPU time of the importing thread: what the import costs, whatever else the machine is running
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int RUNS = 100;

    private ImportBenchmark() {}

    public static void main(String[] args) {
        byte[] seedDocx = Fixtures.fixture("lunan-2025.docx");
        Disclosure hundred = SyntheticDistrict.generate(2025, 2025, 1, 4, 100).get(0);
        byte[] hundredDocx = DisclosureDocx.write(hundred, DisclosureDocx.Tables.SEPARATE);
        byte[] hundredXlsx = DisclosureXlsx.write(hundred);
        ImportTarget seedTarget = Fixtures.SEED_TARGET;
        ImportTarget hundredTarget = new ImportTarget(hundred.department().code(), hundred.department().name(), 2025);

        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        importOnce(seedDocx, seedTarget);
        System.out.printf(Locale.ROOT,
                "first import in a fresh JVM (seed .docx, class loading included): %.1f ms wall, %.1f ms CPU%n",
                (System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);

        measure("seed .docx (4 projects, " + seedDocx.length / 1024 + " KB)", seedDocx, seedTarget);
        measure("seed text export", Fixtures.seedText(), seedTarget);
        measure("100-project .docx (" + hundred.projects().stream().mapToInt(p -> p.indicators().size()).sum()
                + " indicators, " + hundredDocx.length / 1024 + " KB)", hundredDocx, hundredTarget);
        measure("100-project .xlsx (" + hundredXlsx.length / 1024 + " KB)", hundredXlsx, hundredTarget);
    }

    private static void measure(String name, byte[] content, ImportTarget target) {
        for (long end = System.nanoTime() + WARMUP_NANOS; System.nanoTime() < end; ) {
            importOnce(content, target);
        }
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            importOnce(content, target);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-46s wall median %7.2f  p95 %7.2f  min %7.2f ms | CPU median %7.2f ms%n",
                name, ms[RUNS / 2], ms[(int) (RUNS * 0.95) - 1], ms[0], cpu[RUNS / 2]);
    }

    private static void importOnce(byte[] content, ImportTarget target) {
        ImportResult result = DisclosureImporter.importFile("bench", content, target, ImportLimits.defaults());
        if (result.draft().projects().isEmpty()) {
            throw new IllegalStateException("nothing imported");
        }
    }
}

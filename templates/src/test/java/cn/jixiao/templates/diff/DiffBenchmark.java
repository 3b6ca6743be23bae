package cn.jixiao.templates.diff;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.synthetic.SyntheticDistrict;

/**
 * Benchmark of the diff engine, a plain main class (no JMH: two numbers with a generous target do not
 * need it). Warms up, then times single calls and prints min / median / p90 / max in milliseconds.
 *
 * <pre>
 * mvn -q -pl templates test-compile
 * java -cp templates/target/classes:templates/target/test-classes cn.jixiao.templates.diff.DiffBenchmark
 * </pre>
 *
 * Targets: one seed-size department under 10 ms; the synthetic district (80 departments, 1,500
 * projects, ~20k indicator rows) against its roll-forward with 5 random edits per department under 1 s.
 */
public final class DiffBenchmark {

    private static long sink;

    private DiffBenchmark() {}

    public static void main(String[] args) {
        Disclosure seed = Edits.seed();
        Disclosure seed2026 = SeedScenario.edited2026();
        List<Disclosure> district2025 = SyntheticDistrict.generate(42, 2025);
        List<Disclosure> district2026 = DistrictEdits.edit(SyntheticDistrict.generate(42, 2026), 7, 5);
        List<Disclosure> unchanged2026 = SyntheticDistrict.generate(42, 2026);

        // first calls in a fresh JVM, as a request right after start-up would see them
        cold("seed department, first call", () -> DisclosureDiff.compare(seed, seed2026, List.of()).summary().projectsChanged());
        cold("synthetic district, first call", () -> DistrictDiff.compare(district2025, district2026).summary().projectsChanged());
        run("seed department (4 projects, 6 known edits)", 5_000, 2_000,
                () -> DisclosureDiff.compare(seed, seed2026, List.of()).summary().projectsChanged());
        run("synthetic district, roll-forward with 400 random edits", 100, 100,
                () -> DistrictDiff.compare(district2025, district2026).summary().projectsChanged());
        run("synthetic district, unchanged roll-forward", 100, 100,
                () -> DistrictDiff.compare(district2025, unchanged2026).departments().size());
        System.out.println("(sink " + sink + ")");
    }

    private static void cold(String name, Supplier<Integer> work) {
        long start = System.nanoTime();
        sink += work.get();
        System.out.printf("%-58s %8.3f ms%n", name, (System.nanoTime() - start) / 1e6);
    }

    private static void run(String name, int warmups, int iterations, Supplier<Integer> work) {
        for (int i = 0; i < warmups; i++) {
            sink += work.get();
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            sink += work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-58s min %8.3f  median %8.3f  p90 %8.3f  max %8.3f ms  (%d runs)%n", name, ms[0],
                ms[iterations / 2], ms[(int) Math.floor(iterations * 0.9)], ms[iterations - 1], iterations);
    }
}

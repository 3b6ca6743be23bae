package cn.jixiao.templates.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Times repeated calls and summarises them in milliseconds: min / median / p90 / max. Besides wall-clock
 * time it keeps the calling thread's CPU time, which other work on a shared machine inflates much less.
 */
final class Samples {

    /** Results fed here keep the JIT from dropping the measured work. */
    static long sink;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final double[] ms;
    private Samples cpu;

    private Samples(double[] ms) {
        this.ms = ms.clone();
        Arrays.sort(this.ms);
    }

    static Samples of(double... ms) {
        return new Samples(ms);
    }

    /** Wall-clock and CPU times measured elsewhere. */
    static Samples of(double[] ms, double[] cpuMs) {
        Samples samples = new Samples(ms);
        samples.cpu = new Samples(cpuMs);
        return samples;
    }

    /** The calling thread's CPU time so far, in milliseconds. */
    static double cpuNow() {
        return THREADS.getCurrentThreadCpuTime() / 1e6;
    }

    /** Runs {@code warmups} untimed calls, then times {@code iterations} single calls. */
    static Samples time(int warmups, int iterations, LongSupplier work) {
        for (int i = 0; i < warmups; i++) {
            sink += work.getAsLong();
        }
        double[] ms = new double[iterations];
        double[] cpuMs = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += work.getAsLong();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpuMs[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Samples samples = new Samples(ms);
        samples.cpu = new Samples(cpuMs);
        return samples;
    }

    /** The calling thread's CPU time of the same calls, or {@code null} when not timed by {@link #time}. */
    Samples cpu() {
        return cpu;
    }

    /** One call, in milliseconds. */
    static double once(LongSupplier work) {
        long start = System.nanoTime();
        sink += work.getAsLong();
        return (System.nanoTime() - start) / 1e6;
    }

    double min() {
        return ms[0];
    }

    double median() {
        int n = ms.length;
        return n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    }

    double p90() {
        return ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.9) - 1)];
    }

    double max() {
        return ms[ms.length - 1];
    }

    int count() {
        return ms.length;
    }

    @Override
    public String toString() {
        return String.format("min %9.3f  median %9.3f  p90 %9.3f  max %9.3f ms  (%d runs)",
                min(), median(), p90(), max(), count());
    }
}

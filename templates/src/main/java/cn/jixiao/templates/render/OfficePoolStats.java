package cn.jixiao.templates.render;

/**
 * A snapshot of {@link OfficePool}'s counters, for metrics.
 *
 * @param active        conversions running in an office process now
 * @param queued        conversions waiting for a free process now
 * @param processStarts office processes started so far (first starts and restarts)
 * @param restarts      processes started to replace one (after a crash, a timeout or maxTasksPerProcess)
 * @param retries       conversions repeated once because their office process died under them
 * @param conversions   conversions finished with a PDF
 */
public record OfficePoolStats(int active, int queued, long processStarts, long restarts, long retries, long conversions) {
}

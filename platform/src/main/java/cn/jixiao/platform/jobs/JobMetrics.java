package cn.jixiao.platform.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The job queue as metrics: {@code jixiao.jobs.queue.depth} (tasks waiting in Redis, read when
 * scraped) and {@code jixiao.jobs.task} (each task attempt's duration by kind and outcome).
 */
@Component
class JobMetrics {

    /** A task attempt being timed; the first outcome counts. */
    static final class Running {
        private final Timer.Sample sample;
        private final String kind;
        private final MeterRegistry registry;
        private boolean stopped;

        private Running(Timer.Sample sample, String kind, MeterRegistry registry) {
            this.sample = sample;
            this.kind = kind;
            this.registry = registry;
        }

        void stop(String outcome) {
            if (!stopped) {
                stopped = true;
                sample.stop(Timer.builder("jixiao.jobs.task").description("one attempt of a background task")
                        .tag("kind", kind).tag("outcome", outcome).register(registry));
            }
        }
    }

    private final MeterRegistry registry;

    JobMetrics(MeterRegistry registry, StringRedisTemplate redis, JobQueue queue) {
        this.registry = registry;
        Gauge.builder("jixiao.jobs.queue.depth", () -> depth(redis, queue))
                .description("tasks waiting in the shared queue")
                .register(registry);
    }

    Running start(String kind) {
        return new Running(Timer.start(registry), kind, registry);
    }

    /** NaN while Redis does not answer: the gauge then shows a gap, not a wrong zero. */
    private static double depth(StringRedisTemplate redis, JobQueue queue) {
        try {
            Long size = redis.opsForList().size(queue.queueKey());
            return size == null ? Double.NaN : size;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}

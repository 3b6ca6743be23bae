package cn.jixiao.platform.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.jixiao.infra.jobs.JobQueueKeys;

/**
 * @param workers     worker threads in this instance (0 = this instance takes no work)
 * @param maxAttempts attempts of a task before it counts as failed
 * @param heartbeat   how often an instance says it is alive; after three missed beats its
 *                    claimed tasks go back to the queue
 * @param keyPrefix   Redis key prefix, so that test runs and installations can share a server
 */
@ConfigurationProperties("jixiao.jobs")
public record JobProperties(
        @DefaultValue("2") int workers,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("5s") Duration heartbeat,
        @DefaultValue(JobQueueKeys.DEFAULT_PREFIX) String keyPrefix) {
}

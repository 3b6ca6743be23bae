package cn.jixiao.ops.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.jixiao.infra.jobs.JobQueueKeys;

/**
 * What the health page looks at ({@code jixiao.ops.health.*}).
 *
 * @param jobsKeyPrefix the platform's {@code jixiao.jobs.key-prefix}, whose queue and heartbeats the page reads
 * @param timeout       how long the page waits for the platform's own health endpoint
 */
@ConfigurationProperties("jixiao.ops.health")
record HealthProperties(@DefaultValue(JobQueueKeys.DEFAULT_PREFIX) String jobsKeyPrefix,
                        @DefaultValue("3s") Duration timeout) {
}

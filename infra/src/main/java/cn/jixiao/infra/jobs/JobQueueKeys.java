package cn.jixiao.infra.jobs;

/**
 * The Redis key layout of the platform's job queue, shared with tenant-admin's health page, which
 * reads it. The prefix in braces is the keys' hash tag: on Redis Cluster they all hash to one slot,
 * so BLMOVE/LMOVE between the queue and the processing lists stay single-slot commands.
 *
 * @param prefix the configured {@code jixiao.jobs.key-prefix}
 */
public record JobQueueKeys(String prefix) {

    public static final String DEFAULT_PREFIX = "jixiao:jobs";

    /** The list of tasks waiting for a worker. */
    public String queue() {
        return key("queue");
    }

    /** The tasks an instance has claimed and not yet finished. */
    public String processing(String instance) {
        return key("processing:" + instance);
    }

    /** The set of instances that have claimed work or said they are alive. */
    public String instances() {
        return key("instances");
    }

    /** An instance's heartbeat: expires after three missed beats; its value is when the instance started. */
    public String alive(String instance) {
        return key("alive:" + instance);
    }

    private String key(String suffix) {
        return "{" + prefix + "}:" + suffix;
    }
}

package cn.jixiao.platform.jobs;

import java.util.UUID;

import cn.jixiao.platform.tenancy.TenantId;

/** One task of one job, as it travels through the Redis queue: {@code tenant/job/taskKey}. */
record TaskRef(TenantId tenant, UUID jobId, String taskKey) {

    String encode() {
        return tenant + "/" + jobId + "/" + taskKey;
    }

    static TaskRef decode(String encoded) {
        String[] parts = encoded.split("/", 3);
        return new TaskRef(TenantId.of(parts[0]), UUID.fromString(parts[1]), parts[2]);
    }
}

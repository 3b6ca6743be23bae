package cn.jixiao.platform.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * Submits background jobs of the current tenant and reports on them. Tasks reach the Redis queue
 * only after the job's rows are committed, so a worker never finds a task it cannot see.
 * Authorization is the caller's: the feature that submits a kind of job checks its own permission.
 */
@Service
public class Jobs {

    private final JobStore store;
    private final JobQueue queue;

    Jobs(JobStore store, JobQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    @Transactional
    public UUID submit(String kind, Map<String, Object> params, List<String> taskKeys) {
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        UUID jobId = store.create(kind, params, taskKeys, actor);
        enqueueAfterCommit(jobId, taskKeys);
        return jobId;
    }

    @Transactional(readOnly = true)
    public Optional<JobView> find(UUID jobId) {
        return store.find(jobId);
    }

    /** The newest job of a kind with the parameter {@code param} = {@code value}, e.g. a year's latest batch. */
    @Transactional(readOnly = true)
    public Optional<JobView> latest(String kind, String param, Object value) {
        return store.latest(kind, param, value).flatMap(store::find);
    }

    /**
     * Queues the job's pending tasks again, e.g. after Redis lost its data. Safe to call at any
     * time: a task delivered twice is done once.
     */
    @Transactional(readOnly = true)
    public int resume(UUID jobId) {
        List<String> pending = store.pendingTaskKeys(jobId);
        enqueueAfterCommit(jobId, pending);
        return pending.size();
    }

    private void enqueueAfterCommit(UUID jobId, List<String> taskKeys) {
        TenantId tenant = CurrentTenant.require();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                taskKeys.forEach(key -> queue.enqueue(new TaskRef(tenant, jobId, key)));
            }
        });
    }
}

package cn.jixiao.platform.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.infra.jobs.TaskStatus;
import cn.jixiao.platform.tenancy.CurrentTenant;

/**
 * This instance's share of the work: worker threads take tasks from the shared queue and run them
 * for the task's tenant; a heartbeat keeps this instance's claims, and orphaned claims of dead
 * instances are put back. A failing task is retried up to the configured attempts, then recorded
 * as failed with its reason; it never stops the other tasks.
 */
@Component
class JobWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final JobQueue queue;
    private final JobStore store;
    private final JobProperties properties;
    private final TransactionTemplate tx;
    private final Map<String, JobHandler> handlers;
    private volatile boolean running;
    /** The claims a worker of this instance is running now (encoded), so housekeeping leaves them alone. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private ExecutorService workers;
    private ScheduledExecutorService housekeeping;

    private final JobMetrics metrics;

    JobWorker(JobQueue queue, JobStore store, JobProperties properties, PlatformTransactionManager txManager,
              ObjectProvider<JobHandler> handlers, JobMetrics metrics) {
        this.metrics = metrics;
        this.queue = queue;
        this.store = store;
        this.properties = properties;
        this.tx = new TransactionTemplate(txManager);
        this.handlers = handlers.orderedStream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
    }

    @Override
    public void start() {
        running = true;
        // Redis may be down at start (health then says so); the first heartbeat comes from housekeeping
        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "jobs-heartbeat"));
        housekeeping.scheduleAtFixedRate(this::housekeeping, 0, properties.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
        workers = Executors.newFixedThreadPool(Math.max(properties.workers(), 1), r -> new Thread(r, "jobs-worker"));
        for (int i = 0; i < properties.workers(); i++) {
            workers.submit(this::loop);
        }
    }

    @Override
    public void stop() {
        running = false;
        housekeeping.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(POLL.toMillis() * 3, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void housekeeping() {
        try {
            queue.heartbeat();
            int recovered = queue.recoverOrphans();
            if (recovered > 0) {
                log.info("Put {} tasks of stopped instances back on the queue", recovered);
            }
            int strays = queue.requeueStrays(Set.copyOf(inFlight));
            if (strays > 0) {
                log.info("Put {} tasks this instance had claimed but was not running back on the queue", strays);
            }
        } catch (RuntimeException e) {
            log.warn("Job housekeeping failed: {}", e.getMessage());
        }
    }

    private void loop() {
        while (running) {
            try {
                queue.claim(POLL).ifPresent(ref -> {
                    inFlight.add(ref.encode());
                    try {
                        process(ref);
                    } finally {
                        inFlight.remove(ref.encode());
                    }
                });
            } catch (RuntimeException e) {
                log.warn("Job worker could not take work: {}", e.getMessage());
                sleepQuietly();
            }
        }
    }

    void process(TaskRef ref) {
        CurrentTenant.callAs(ref.tenant(), "jobs", () -> {
            var status = tx.execute(s -> store.status(ref));
            if (status.isEmpty() || status.get() != TaskStatus.PENDING) {
                queue.acknowledge(ref); // gone, or a duplicate delivery of a finished task
                return null;
            }
            var job = tx.execute(s -> store.find(ref.jobId())).orElseThrow();
            JobHandler handler = handlers.get(job.kind());
            JobMetrics.Running timing = metrics.start(job.kind());
            try {
                if (handler == null) {
                    throw new IllegalStateException("没有处理“" + job.kind() + "”类任务的程序");
                }
                Map<String, Object> result = handler.run(new JobHandler.JobTask(ref.jobId(), job.params(), ref.taskKey()));
                timing.stop("done");
                tx.executeWithoutResult(s -> store.done(ref, result));
            } catch (Exception e) {
                timing.stop("failed");
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                int attempts = tx.execute(s -> store.attemptFailed(ref, reason));
                if (attempts >= properties.maxAttempts()) {
                    tx.executeWithoutResult(s -> store.failed(ref, reason));
                    queue.acknowledge(ref);
                    log.warn("Task {} failed for good after {} attempts: {}", ref.encode(), attempts, reason);
                } else {
                    queue.release(ref);
                }
                return null;
            }
            // Outside the try: the task is done in PostgreSQL; should Redis fail here, the claim stays
            // and a later delivery finds the task done and only acknowledges it (no retry, no failure).
            queue.acknowledge(ref);
            return null;
        });
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

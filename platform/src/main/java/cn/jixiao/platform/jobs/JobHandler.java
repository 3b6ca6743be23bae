package cn.jixiao.platform.jobs;

import java.util.Map;
import java.util.UUID;

/**
 * Does the work of one task of a kind of job. Runs bound to the job's tenant; may be called again
 * for a task it already did (after a crash), so it must be idempotent.
 */
public interface JobHandler {

    String kind();

    /** Returns the task's result (stored as JSON); throws with a Chinese message to fail the attempt. */
    Map<String, Object> run(JobTask task) throws Exception;

    /** What the handler gets: the job's parameters and which task of it to do. */
    record JobTask(UUID jobId, Map<String, Object> params, String taskKey) {
    }
}

package cn.jixiao.infra.jobs;

/** job_task.status: a background job's task is pending until it is done or has failed for good. */
public enum TaskStatus {
    PENDING, DONE, FAILED
}

package cn.jixiao.platform.jobs;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jixiao.infra.jobs.TaskStatus;

/** A job as its submitter sees it: progress counts and every task's state, failures with reasons. */
public record JobView(UUID id, String kind, Map<String, Object> params, OffsetDateTime createdAt, OffsetDateTime finishedAt,
                      List<Task> tasks) {

    public record Task(String key, TaskStatus status, int attempts, String error, Map<String, Object> result) {
    }

    public int total() {
        return tasks.size();
    }

    public long done() {
        return tasks.stream().filter(t -> t.status() == TaskStatus.DONE).count();
    }

    public long failed() {
        return tasks.stream().filter(t -> t.status() == TaskStatus.FAILED).count();
    }

    public boolean finished() {
        return finishedAt != null;
    }
}

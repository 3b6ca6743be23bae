package cn.jixiao.platform.jobs;

import static cn.jixiao.infra.jooq.Tables.JOB;
import static cn.jixiao.infra.jooq.Tables.JOB_TASK;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

import cn.jixiao.infra.jobs.TaskStatus;
import cn.jixiao.platform.instance.PlatformInstance;
import cn.jixiao.platform.tenancy.CurrentTenant;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The durable record of jobs and their tasks in PostgreSQL (tenant-bound like everything else). */
@Repository
class JobStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JsonMapper json;
    private final String instance;

    JobStore(DSLContext dsl, JsonMapper json, PlatformInstance instance) {
        this.dsl = dsl;
        this.json = json;
        this.instance = instance.id();
    }

    UUID create(String kind, Map<String, Object> params, List<String> taskKeys, String createdBy) {
        UUID tenant = CurrentTenant.require().value();
        UUID jobId = dsl.insertInto(JOB)
                .set(JOB.TENANT_ID, tenant)
                .set(JOB.KIND, kind)
                .set(JOB.PARAMS, JSONB.valueOf(json.writeValueAsString(params)))
                .set(JOB.CREATED_BY, createdBy)
                .set(JOB.FINISHED_AT, taskKeys.isEmpty() ? OffsetDateTime.now() : null)
                .returning(JOB.ID)
                .fetchSingle(JOB.ID);
        var insert = dsl.insertInto(JOB_TASK, JOB_TASK.TENANT_ID, JOB_TASK.JOB_ID, JOB_TASK.TASK_KEY, JOB_TASK.POSITION);
        for (int i = 0; i < taskKeys.size(); i++) {
            insert = insert.values(tenant, jobId, taskKeys.get(i), i + 1);
        }
        if (!taskKeys.isEmpty()) {
            insert.execute();
        }
        return jobId;
    }

    Optional<JobView> find(UUID jobId) {
        var job = dsl.selectFrom(JOB).where(JOB.ID.eq(jobId)).fetchOptional();
        return job.map(j -> new JobView(j.getId(), j.getKind(), read(j.getParams()), j.getCreatedAt(), j.getFinishedAt(),
                dsl.selectFrom(JOB_TASK).where(JOB_TASK.JOB_ID.eq(jobId)).orderBy(JOB_TASK.POSITION)
                        .fetch(t -> new JobView.Task(t.getTaskKey(), t.getStatus(), t.getAttempts(),
                                t.getError(), t.getResult() == null ? null : read(t.getResult())))));
    }

    /** The task's status, or empty if the job is gone (deleted since it was queued). */
    /** The newest job of a kind whose parameter {@code param} has the value {@code value}. */
    Optional<UUID> latest(String kind, String param, Object value) {
        return dsl.select(JOB.ID).from(JOB)
                .where(JOB.KIND.eq(kind), DSL.jsonbGetAttributeAsText(JOB.PARAMS, param).eq(String.valueOf(value)))
                .orderBy(JOB.CREATED_AT.desc())
                .limit(1)
                .fetchOptional(JOB.ID);
    }

    Optional<TaskStatus> status(TaskRef ref) {
        return dsl.select(JOB_TASK.STATUS).from(JOB_TASK)
                .where(JOB_TASK.JOB_ID.eq(ref.jobId()), JOB_TASK.TASK_KEY.eq(ref.taskKey()))
                .fetchOptional(JOB_TASK.STATUS);
    }

    List<String> pendingTaskKeys(UUID jobId) {
        return dsl.select(JOB_TASK.TASK_KEY).from(JOB_TASK)
                .where(JOB_TASK.JOB_ID.eq(jobId), JOB_TASK.STATUS.eq(TaskStatus.PENDING))
                .orderBy(JOB_TASK.POSITION)
                .fetch(JOB_TASK.TASK_KEY);
    }

    /** Marks a pending task done; a repeated delivery of a finished task changes nothing. */
    void done(TaskRef ref, Map<String, Object> result) {
        finish(ref, TaskStatus.DONE, null, result);
    }

    void failed(TaskRef ref, String error) {
        finish(ref, TaskStatus.FAILED, error, null);
    }

    /** Counts a failed attempt; returns the attempts so far. */
    int attemptFailed(TaskRef ref, String error) {
        return dsl.update(JOB_TASK)
                .set(JOB_TASK.ATTEMPTS, JOB_TASK.ATTEMPTS.plus(1))
                .set(JOB_TASK.ERROR, error)
                .set(JOB_TASK.UPDATED_AT, OffsetDateTime.now())
                .where(JOB_TASK.JOB_ID.eq(ref.jobId()), JOB_TASK.TASK_KEY.eq(ref.taskKey()))
                .returning(JOB_TASK.ATTEMPTS)
                .fetchOptional(JOB_TASK.ATTEMPTS)
                .orElse(Integer.MAX_VALUE);
    }

    private void finish(TaskRef ref, TaskStatus status, String error, Map<String, Object> result) {
        // Lock the job row first: two workers finishing the last two tasks at once would otherwise
        // each still see the other's task pending, and neither would mark the job finished.
        dsl.select(JOB.ID).from(JOB).where(JOB.ID.eq(ref.jobId())).forUpdate().fetch();
        int changed = dsl.update(JOB_TASK)
                .set(JOB_TASK.STATUS, status)
                .set(JOB_TASK.ERROR, error)
                .set(JOB_TASK.RESULT, result == null ? null : JSONB.valueOf(json.writeValueAsString(result)))
                .set(JOB_TASK.FINISHED_BY, instance)
                .set(JOB_TASK.UPDATED_AT, OffsetDateTime.now())
                .where(JOB_TASK.JOB_ID.eq(ref.jobId()), JOB_TASK.TASK_KEY.eq(ref.taskKey()),
                        JOB_TASK.STATUS.eq(TaskStatus.PENDING))
                .execute();
        if (changed > 0 && pendingTaskKeys(ref.jobId()).isEmpty()) {
            dsl.update(JOB).set(JOB.FINISHED_AT, OffsetDateTime.now())
                    .where(JOB.ID.eq(ref.jobId()), JOB.FINISHED_AT.isNull())
                    .execute();
        }
    }

    private Map<String, Object> read(JSONB value) {
        return json.readValue(value.data(), MAP);
    }
}

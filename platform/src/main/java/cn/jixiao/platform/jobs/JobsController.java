package cn.jixiao.platform.jobs;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/jobs/{id}}: progress of a background job (done/total, failures with reasons). */
@RestController
@RequestMapping("/api/v1/jobs/{id}")
class JobsController {

    private final Jobs jobs;

    JobsController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_disclosures.read')")
    JobResponse get(@PathVariable UUID id) {
        return jobs.find(id).map(JobResponse::of).orElseThrow(() -> new JobNotFoundException(id));
    }

    /** Queues the job's pending tasks again (e.g. after the queue's Redis was restarted). */
    @PostMapping("/resume")
    @PreAuthorize("hasAuthority('SCOPE_disclosures.write')")
    Map<String, Integer> resume(@PathVariable UUID id) {
        jobs.find(id).orElseThrow(() -> new JobNotFoundException(id));
        return Map.of("requeued", jobs.resume(id));
    }

    record JobResponse(UUID id, String kind, Map<String, Object> params, String status, int total, long done, long failed,
                       OffsetDateTime createdAt, OffsetDateTime finishedAt, List<JobView.Task> tasks) {

        static JobResponse of(JobView job) {
            String status = !job.finished() ? "RUNNING" : job.failed() > 0 ? "FINISHED_WITH_FAILURES" : "DONE";
            return new JobResponse(job.id(), job.kind(), job.params(), status, job.total(), job.done(), job.failed(),
                    job.createdAt(), job.finishedAt(), job.tasks());
        }
    }
}

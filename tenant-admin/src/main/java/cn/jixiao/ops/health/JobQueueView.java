package cn.jixiao.ops.health;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.infra.jobs.JobQueueKeys;

/** Reads the platform's job queue keys ({@link JobQueueKeys}); writes nothing. */
@Component
class JobQueueView {

    private final StringRedisTemplate redis;
    private final JobQueueKeys keys;

    JobQueueView(StringRedisTemplate redis, HealthProperties properties) {
        this.redis = redis;
        this.keys = new JobQueueKeys(properties.jobsKeyPrefix());
    }

    JobQueueState read() {
        try {
            Long waiting = redis.opsForList().size(keys.queue());
            Set<String> ids = redis.opsForSet().members(keys.instances());
            List<JobQueueState.Instance> instances = new ArrayList<>();
            for (String id : ids == null ? Set.<String>of() : ids) {
                String beat = redis.opsForValue().get(keys.alive(id));
                Long claimed = redis.opsForList().size(keys.processing(id));
                instances.add(new JobQueueState.Instance(id, beat != null, startedAt(beat), claimed == null ? 0 : claimed));
            }
            instances.sort(Comparator.comparing(JobQueueState.Instance::alive).reversed().thenComparing(JobQueueState.Instance::id));
            return new JobQueueState(true, null, waiting == null ? 0 : waiting, instances);
        } catch (DataAccessException e) {
            return JobQueueState.unreachable(e.getMostSpecificCause().getMessage());
        }
    }

    /** The heartbeat's value is the instance's start; older instances wrote "1". */
    private static Instant startedAt(String beat) {
        try {
            return beat == null ? null : Instant.parse(beat);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

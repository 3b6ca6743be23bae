package cn.jixiao.ops.health;

import java.time.Instant;
import java.util.List;

/**
 * The platform's job queue as Redis holds it: whether Redis answered, the tasks waiting, and the
 * instances that have said they are alive (their heartbeat) or still hold claimed tasks.
 */
public record JobQueueState(boolean reachable, String problem, long waiting, List<Instance> instances) {

    /** @param startedAt null when unknown (an instance whose heartbeat has expired) */
    public record Instance(String id, boolean alive, Instant startedAt, long claimed) {
    }

    static JobQueueState unreachable(String problem) {
        return new JobQueueState(false, problem, 0, List.of());
    }

    public long alive() {
        return instances.stream().filter(Instance::alive).count();
    }
}

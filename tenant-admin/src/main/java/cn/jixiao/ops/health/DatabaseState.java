package cn.jixiao.ops.health;

import java.util.List;

/**
 * PostgreSQL as the operators' role sees it: reachable or not, the server's connections per role
 * (every platform instance's pool together), this console's own pool, and failed tasks of the last day.
 */
public record DatabaseState(boolean reachable, String problem, List<Connections> connections, Pool pool,
                     List<FailedTasks> failedTasks) {

    public record Connections(String role, int active, int idle, int other) {
    }

    /** tenant-admin's Hikari pool. */
    public record Pool(int active, int idle, int total, int waiting, int maximum) {
    }

    public record FailedTasks(String tenantName, String slug, int count) {
    }

    static DatabaseState unreachable(String problem, Pool pool) {
        return new DatabaseState(false, problem, List.of(), pool, List.of());
    }

    public int failedTotal() {
        return failedTasks.stream().mapToInt(FailedTasks::count).sum();
    }
}

package cn.jixiao.ops.health;

import static cn.jixiao.infra.jooq.Tables.JOB_TASK;
import static cn.jixiao.infra.jooq.Tables.TENANT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.zaxxer.hikari.HikariDataSource;

import cn.jixiao.infra.jobs.TaskStatus;

/** Reads PostgreSQL's view of the platform: connections by role, failed tasks of the last 24 hours. */
@Component
class DatabaseView {

    private final DSLContext dsl;
    private final DataSource dataSource;

    DatabaseView(DSLContext dsl, DataSource dataSource) {
        this.dsl = dsl;
        this.dataSource = dataSource;
    }

    @Transactional(readOnly = true)
    public DatabaseState read() {
        DatabaseState.Pool pool = pool();
        try {
            // pg_stat_activity: every role's sessions are listed to everyone, only their queries are hidden
            var activity = table(name("pg_stat_activity"));
            var role = field(name("usename"), String.class);
            var state = field(name("state"), String.class);
            var database = field(name("datname"), String.class);
            var connections = dsl.select(role,
                            count().filterWhere(state.eq("active")),
                            count().filterWhere(state.eq("idle")),
                            count().filterWhere(state.notIn("active", "idle").or(state.isNull())))
                    .from(activity)
                    .where(database.eq(field("current_database()", String.class)), role.isNotNull())
                    .groupBy(role)
                    .orderBy(role)
                    .fetch(r -> new DatabaseState.Connections(r.value1(), r.value2(), r.value3(), r.value4()));
            var failed = dsl.select(TENANT.NAME, TENANT.SLUG, count())
                    .from(JOB_TASK).join(TENANT).on(TENANT.ID.eq(JOB_TASK.TENANT_ID))
                    .where(JOB_TASK.STATUS.eq(TaskStatus.FAILED), JOB_TASK.UPDATED_AT.gt(OffsetDateTime.now().minusHours(24)))
                    .groupBy(TENANT.NAME, TENANT.SLUG)
                    .orderBy(count().desc(), TENANT.SLUG)
                    .fetch(r -> new DatabaseState.FailedTasks(r.value1(), r.value2(), r.value3()));
            return new DatabaseState(true, null, connections, pool, failed);
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            return DatabaseState.unreachable(e.getMessage(), pool);
        }
    }

    private DatabaseState.Pool pool() {
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            var bean = hikari.getHikariPoolMXBean();
            return new DatabaseState.Pool(bean.getActiveConnections(), bean.getIdleConnections(), bean.getTotalConnections(),
                    bean.getThreadsAwaitingConnection(), hikari.getMaximumPoolSize());
        }
        return null;
    }
}

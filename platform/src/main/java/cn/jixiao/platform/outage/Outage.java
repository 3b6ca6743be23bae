package cn.jixiao.platform.outage;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import io.lettuce.core.RedisException;

/**
 * A backing service this instance cannot reach, read off an exception's causes: the request did
 * not fail for anything the client sent, so it is answered 503 and may be repeated.
 */
record Outage(Service service) {

    enum Service {
        DATABASE("数据库暂时无法连接，本次请求未完成，也未保存任何内容。请稍后再试。"),
        REDIS("会话与任务队列服务（Redis）暂时无法连接，登录和后台任务暂停；已发布的文档仍可查看。请稍后再试。");

        final String detail;

        Service(String detail) {
            this.detail = detail;
        }
    }

    String title() {
        return "服务暂时不可用";
    }

    String detail() {
        return service.detail;
    }

    /** The outage behind {@code failure}, if one of its causes says a backing service is unreachable. */
    static Optional<Outage> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RedisConnectionFailureException || t instanceof RedisException) {
                return Optional.of(new Outage(Service.REDIS));
            }
            if (t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return Optional.of(new Outage(Service.DATABASE));
            }
            if (t instanceof TransactionSystemException) {
                // a rollback that failed (after a failed commit): Hikari closed the broken connection under it
                return Optional.of(new Outage(Service.DATABASE));
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException) {
                // Spring's own wrappers: which service lies further down; JDBC's unless Redis shows up
                return of(t.getCause()).or(() -> Optional.of(new Outage(Service.DATABASE)));
            }
        }
        return Optional.empty();
    }

    /** SQLSTATE class 08 (connection exception) and 57P0x (the server shutting down or restarting). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}

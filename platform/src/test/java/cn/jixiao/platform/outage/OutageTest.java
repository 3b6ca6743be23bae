package cn.jixiao.platform.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import io.lettuce.core.RedisCommandTimeoutException;
import jakarta.servlet.ServletException;

/** Which failures are an outage of a backing service (answered 503) and which are not. */
class OutageTest {

    @Test
    void theDatabaseOutagesSpringAndHikariReportAreRecognisedBehindTheServletsWrapping() {
        var hikari = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms");
        assertThat(Outage.of(new ServletException("Request processing failed", new CannotCreateTransactionException("no tx", hikari))))
                .hasValue(new Outage(Outage.Service.DATABASE));
        assertThat(Outage.of(new CannotGetJdbcConnectionException("no connection", hikari))).hasValue(new Outage(Outage.Service.DATABASE));
        assertThat(Outage.of(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))))
                .hasValue(new Outage(Outage.Service.DATABASE));
        assertThat(Outage.of(new RuntimeException(new SQLException("connection refused", "08001")))).hasValue(new Outage(Outage.Service.DATABASE));
        // the commit failed with 57P01, Hikari closed the connection, and the rollback then failed without a SQLSTATE
        assertThat(Outage.of(new ServletException(new org.springframework.transaction.TransactionSystemException(
                "JDBC rollback failed", new SQLException("Connection is closed"))))).hasValue(new Outage(Outage.Service.DATABASE));
    }

    @Test
    void redisOutagesNameRedis() {
        assertThat(Outage.of(new ServletException(new RedisConnectionFailureException("Unable to connect to Redis"))))
                .hasValue(new Outage(Outage.Service.REDIS));
        assertThat(Outage.of(new org.springframework.dao.QueryTimeoutException("Redis command timed out",
                new RedisCommandTimeoutException("Command timed out after 5 second(s)")))).hasValue(new Outage(Outage.Service.REDIS));
        assertThat(new Outage(Outage.Service.REDIS).detail()).contains("Redis", "登录", "已发布的文档仍可查看");
    }

    @Test
    void otherFailuresAreNoOutage() {
        assertThat(Outage.of(new DataIntegrityViolationException("duplicate key"))).isEmpty();
        assertThat(Outage.of(new RuntimeException(new SQLException("syntax error", "42601")))).isEmpty();
        assertThat(Outage.of(new IllegalStateException("bug"))).isEmpty();
    }
}

package cn.jixiao.ops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jooq.test.autoconfigure.JooqTest;

import cn.jixiao.infra.testing.Sql;

/**
 * tenant-admin's own connection pool (the operators' role) cannot read disclosure contents nor
 * password hashes, whatever code runs in this application. Only the pool is needed: a jOOQ slice
 * with the application's own datasource configuration, not the web application.
 */
@JooqTest
class OperatorsRoleIsolationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void connectsAsTheOperatorsRole() throws SQLException {
        assertThat((Object) Sql.inTransaction(dataSource, c -> Sql.single(c, "select current_user"))).isEqualTo("jixiao_ops");
    }

    @Test
    void cannotSelectDisclosuresProjectsOrPasswordHashes() {
        for (String sql : new String[] {"select count(*) from disclosure", "select count(*) from content_part",
                "select body from content_part", "select manifest from revision", "select count(*) from revision",
                "select password_hash from app_user", "select setup_token_hash from app_user"}) {
            assertThatThrownBy(() -> Sql.inTransaction(dataSource, c -> Sql.query(c, sql)))
                    .as(sql)
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
    }
}

package cn.jixiao.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.TestDatabase;

/** The Java username rule is the one the database enforces, for district users and operators. */
class UsernamesTest {

    private static final List<String> SAMPLES = List.of("admin", "a.b_c@d-e", "9lives", "x", "-lead", ".dot", "has space",
            "名字", "a".repeat(64), "a".repeat(65), "");

    @Test
    void theConstraintsSpellTheSameRule() throws SQLException {
        for (String constraint : List.of("app_user_username_format", "operator_account_username_format")) {
            Object definition = owner(c -> Sql.single(c, "select pg_get_constraintdef(oid) from pg_constraint where conname = ?",
                    constraint));
            assertThat((String) definition).as(constraint).contains("'^" + Usernames.FORMAT.pattern() + "$'");
        }
    }

    @Test
    void javaAndPostgresAgreeOnSamples() throws SQLException {
        for (String sample : SAMPLES) {
            Object matches = owner(c -> Sql.single(c, "select ? ~ ?", sample, "^" + Usernames.FORMAT.pattern() + "$"));
            assertThat(Usernames.isValid(sample)).as(sample).isEqualTo(matches);
        }
    }

    private static <T> T owner(Sql.SqlWork<T> work) throws SQLException {
        try (Connection c = TestDatabase.get().ownerDataSource().getConnection()) {
            return work.run(c);
        }
    }
}

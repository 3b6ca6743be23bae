package cn.jixiao.infra.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.TestDatabase;

/** Every column mapped to an enum allows exactly the enum's constants (its {@code <table>_<column>_check}). */
class EnumColumnsTest {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    @Test
    void checkConstraintsListExactlyTheEnumConstants() throws SQLException {
        for (var column : JooqCodegen.ENUM_COLUMNS.entrySet()) {
            String constraint = column.getKey().replace('.', '_') + "_check";
            String definition;
            try (Connection c = TestDatabase.get().ownerDataSource().getConnection()) {
                definition = (String) Sql.single(c, "select pg_get_constraintdef(oid) from pg_constraint where conname = ?", constraint);
            }
            Set<String> allowed = QUOTED.matcher(definition).results().map(m -> m.group(1)).collect(Collectors.toSet());
            Set<String> constants = Arrays.stream(column.getValue().getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
            assertThat(allowed).as("%s: %s", constraint, definition).isEqualTo(constants);
        }
    }
}

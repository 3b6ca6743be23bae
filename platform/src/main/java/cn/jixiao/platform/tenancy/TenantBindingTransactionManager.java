package cn.jixiao.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Binds the current tenant to every transaction it begins, with a transaction-local
 * {@code set_config}, so jOOQ and plain JDBC alike see only that tenant's rows through row-level
 * security. The setting ends with the transaction: a pooled connection carries nothing over.
 * Without a tenant the setting is bound empty, which matches no rows.
 */
public class TenantBindingTransactionManager extends JdbcTransactionManager {

    public static final String SETTING = "jixiao.tenant_id";

    /**
     * Rendered by jOOQ once, not per transaction: only the tenant changes, and building a jOOQ context and query
     * for every transaction was ~8 % of an authenticated read's Java samples (docs/benchmarks.md, read path).
     */
    private static final String BIND = DSL.using(SQLDialect.POSTGRES)
            .render(DSL.select(DSL.function("set_config", String.class, DSL.inline(SETTING), DSL.val(""), DSL.inline(true))));

    public TenantBindingTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition) throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        String tenant = CurrentTenant.get().map(TenantId::toString).orElse("");
        try (PreparedStatement bind = con.prepareStatement(BIND)) {
            bind.setString(1, tenant);
            bind.execute();
        }
    }
}

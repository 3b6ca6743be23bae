package cn.jixiao.ops.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.ops.audit.OperatorAudit;
import cn.jixiao.infra.testing.Db;

/** When the last step of a subscription (its audit entry) fails, the tenant and its admin are not left behind. */
@SpringBootTest
class SubscriptionAtomicityTest {

    @Autowired
    TenantSubscriptions subscriptions;

    @MockitoSpyBean
    OperatorAudit audit;

    @Test
    void aFailingAuditEntryRollsBackTheTenantAndItsAdmin() throws SQLException {
        String slug = Slugs.unique("atomic");
        doThrow(new IllegalStateException("audit down")).when(audit)
                .record(any(), anyString(), eq("OPERATOR_TENANT_SUBSCRIBED"), anyString(), any());

        assertThatThrownBy(() -> subscriptions.subscribe(new SubscribeRequest(slug, "原子区", "130203", "atomic.admin", "赵六"),
                "test-operator")).hasMessage("audit down");

        assertThat(Db.count(Db.ops(), "select count(*) from tenant where slug = ?", slug)).isZero();
        assertThat(Db.count(Db.ops(), "select count(*) from app_user where username = 'atomic.admin'")).isZero();
    }
}

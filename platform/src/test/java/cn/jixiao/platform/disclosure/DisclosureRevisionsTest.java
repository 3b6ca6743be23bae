package cn.jixiao.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.infra.testing.Sql;
import cn.jixiao.platform.demo.DemoSeed;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.TestDisclosures;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;

/** Every accepted save writes one immutable revision (manifest of content parts) with its content hash, and one audit entry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureRevisionsTest {

    @Autowired
    DisclosureCommands commands;

    @Autowired
    DisclosureQueries queries;

    @Test
    void eachSaveAppendsARevisionAndAnAuditEntry() throws Exception {
        TenantId tenant = new TenantId(TestTenants.create(Slugs.unique("rev"), "x"));
        Disclosure seed = TestDisclosures.seedWithoutErrors();
        Disclosure edited = withFirstBudget(seed, new BigDecimal("4.20"));

        Revision first = CurrentTenant.callAs(tenant, "test", () -> commands.save(seed, Map.of(), 0, "first").revision());
        Revision again = CurrentTenant.callAs(tenant, "test", () -> commands.save(seed, Map.of(), 1, "same content").revision());
        Revision changed = CurrentTenant.callAs(tenant, "test", () -> commands.save(edited, Map.of(), 2, "budget changed").revision());

        assertThat(List.of(first.number(), again.number(), changed.number())).containsExactly(1, 2, 3);
        assertThat(again.contentHash()).as("same content, same hash").isEqualTo(first.contentHash());
        assertThat(changed.contentHash()).isNotEqualTo(first.contentHash());

        StoredDisclosure stored = CurrentTenant.callAs(tenant, "test", () -> queries.find("202", 2025)).orElseThrow();
        assertThat(stored.revision().number()).isEqualTo(3);
        assertThat(stored.content()).isEqualTo(edited);

        List<List<Object>> revisions = Db.asTenant(tenant.value(), c -> {
            return Sql.query(c, "select revision_no, content_hash, p.body->'budget'->>'total', created_by from revision"
                    + " join content_part p on p.tenant_id = revision.tenant_id and p.hash = revision.manifest->'projects'->>0"
                    + " order by revision_no");
        });
        assertThat(revisions).extracting(r -> r.get(0)).containsExactly(1, 2, 3);
        assertThat(revisions).extracting(r -> r.get(2)).containsExactly("3.60", "3.60", "4.20");
        assertThat(revisions).extracting(r -> r.get(3)).containsOnly("system:test");

        Object audits = Db.asTenant(tenant.value(), c -> {
            return Sql.single(c, "select count(*) from audit_log where action = 'DISCLOSURE_SAVED' and target = 'disclosure/202/2025'");
        });
        assertThat(audits).isEqualTo(3L);
    }

    @Test
    void savingAProjectOfAnUnknownUnitStoresNothing() {
        TenantId tenant = new TenantId(TestTenants.create(Slugs.unique("rev-bad"), "x"));
        Disclosure seed = TestDisclosures.seedWithoutErrors();
        List<Project> projects = new ArrayList<>(seed.projects());
        Project p = projects.get(0);
        projects.set(0, new Project("999999", p.code(), p.name(), p.budget(), p.purpose(), p.spendPlan(), p.goal(), p.indicators()));
        Disclosure bad = new Disclosure(seed.department(), seed.fiscalYear(), seed.goals(), projects);

        assertThatThrownBy(() -> CurrentTenant.callAs(tenant, "test", () -> commands.save(bad, Map.of(), 0, "bad")))
                .isInstanceOf(UnknownUnitException.class)
                .hasMessageContaining("999999");
        assertThat(CurrentTenant.callAs(tenant, "test", () -> queries.find("202", 2025))).isEmpty();
    }

    @Test
    void servicesRefuseCallersWithoutAuthentication() {
        assertThatThrownBy(() -> queries.find("202", 2025)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> commands.save(DemoSeed.disclosure(), Map.of(), 0, "x")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static Disclosure withFirstBudget(Disclosure d, BigDecimal total) {
        List<Project> projects = new ArrayList<>(d.projects());
        Project p = projects.get(0);
        projects.set(0, new Project(p.unitCode(), p.code(), p.name(), new Budget(total, total, p.budget().other()),
                p.purpose(), p.spendPlan(), p.goal(), p.indicators()));
        return new Disclosure(d.department(), d.fiscalYear(), d.goals(), projects);
    }

}

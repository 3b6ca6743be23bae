package cn.jixiao.ops.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.jixiao.infra.jobs.JobQueueKeys;
import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Sql;
import cn.jixiao.ops.testing.Districts;
import cn.jixiao.ops.testing.OpsTestServices;
import cn.jixiao.ops.testing.RunningOps;

/** The operators' health page over what the platform leaves in Redis and PostgreSQL. */
class HealthPageTest extends RunningOps {

    private static final JobQueueKeys KEYS = new JobQueueKeys("jixiao-test-" + UUID.randomUUID() + ":jobs");

    @DynamicPropertySource
    static void ownQueueKeys(DynamicPropertyRegistry registry) {
        registry.add("jixiao.ops.health.jobs-key-prefix", KEYS::prefix);
    }

    @Autowired
    StringRedisTemplate redis;

    @Test
    void showsTheInstancesTheQueueTheServicesAndTheFailedTasksOfTheLastDay() throws Exception {
        Instant started = Instant.parse("2026-12-07T02:00:00Z");
        redis.opsForValue().set(KEYS.alive("web-1"), started.toString(), Duration.ofMinutes(1));
        redis.opsForSet().add(KEYS.instances(), "web-1", "web-2");
        redis.opsForList().rightPushAll(KEYS.processing("web-2"), "t1", "t2");
        redis.opsForList().rightPushAll(KEYS.queue(), "q1", "q2", "q3");

        String slug = Districts.subscribe(http, "health");
        UUID tenant = Db.tenantId(slug);
        UUID job = UUID.randomUUID();
        Db.asTenant(tenant, c -> Sql.update(c, """
                insert into job (tenant_id, id, kind, params, created_by) values (?, ?, 'DOCUMENT_BATCH', '{}', 'test')""", tenant, job)
                + Sql.update(c, """
                insert into job_task (tenant_id, job_id, task_key, position, status, updated_at) values
                  (?, ?, '201', 1, 'FAILED', now() - interval '1 hour'),
                  (?, ?, '202', 2, 'FAILED', now() - interval '2 hours'),
                  (?, ?, '203', 3, 'FAILED', now() - interval '3 days'),
                  (?, ?, '204', 4, 'DONE', now())""", tenant, job, tenant, job, tenant, job, tenant, job));

        http.login(OpsTestServices.OPERATOR, OpsTestServices.PASSWORD);
        HttpResponse<String> tenants = http.get("/tenants");
        assertThat(tenants.body()).as("linked from the console's navigation").contains("<a href=\"/health\">运行状况</a>");

        HttpResponse<String> page = http.get("/health");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("<h1>运行状况</h1>", "<h2 id=\"instances-heading\">平台实例</h2>", "在线 1 个实例");
        assertThat(body).containsPattern("<code>web-1</code></th>\\s*<td>在线</td>\\s*<td>2026-12-07 10:00</td>\\s*<td class=\"num\">0</td>");
        assertThat(body).containsPattern("<code>web-2</code></th>\\s*<td>离线（其任务将由在线实例收回）</td>\\s*<td>—</td>\\s*<td class=\"num\">2</td>");
        assertThat(body).containsPattern("<th scope=\"row\">PostgreSQL</th>\\s*<td>可连接</td>");
        assertThat(body).containsPattern("<th scope=\"row\">Redis</th>\\s*<td>可连接</td>");
        assertThat(body).contains("等待中 3 个任务");
        assertThat(body).as("the console's own connections, seen by the server").contains("<code>jixiao_ops</code>");
        assertThat(body).containsPattern("<a href=\"/tenants/" + slug + "\">" + slug + "</a></td>\\s*<td class=\"num\">2</td>");
        assertThat(body).as("the platform's endpoint of the tests does not exist").contains("无法访问");
        assertThat(body).contains("<th scope=\"col\">实例</th>").doesNotContain("style=\"");
    }
}

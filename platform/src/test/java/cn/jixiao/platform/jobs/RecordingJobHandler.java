package cn.jixiao.platform.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

import cn.jixiao.platform.tenancy.CurrentTenant;

/**
 * A job kind for tests only (found by component scanning of the test classpath, so every test
 * context shares it): records each run with its tenant; keys starting with "fail" always fail.
 */
@Component
public class RecordingJobHandler implements JobHandler {

    public static final String KIND = "TEST_RECORDING";

    public final List<String> runs = new CopyOnWriteArrayList<>();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> run(JobTask task) {
        runs.add(CurrentTenant.require() + "/" + task.taskKey());
        if (task.taskKey().startsWith("fail")) {
            throw new IllegalStateException("故意失败：" + task.taskKey());
        }
        return Map.of("echo", task.taskKey(), "param", task.params().getOrDefault("p", ""));
    }
}

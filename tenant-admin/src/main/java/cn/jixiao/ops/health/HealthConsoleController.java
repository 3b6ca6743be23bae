package cn.jixiao.ops.health;

import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.jixiao.ops.web.ConsolePage;

/** The operators' health page: platform instances, PostgreSQL, Redis, the job queue, failed tasks. */
@Controller
@ConsolePage
class HealthConsoleController {

    private final JobQueueView queue;
    private final DatabaseView database;
    private final PlatformEndpointView platform;

    HealthConsoleController(JobQueueView queue, DatabaseView database, PlatformEndpointView platform) {
        this.queue = queue;
        this.database = database;
        this.platform = platform;
    }

    @GetMapping("/health")
    String health(Model model) {
        model.addAttribute("checkedAt", Instant.now());
        model.addAttribute("queue", queue.read());
        model.addAttribute("database", database.read());
        model.addAttribute("platform", platform.read());
        return "health";
    }
}

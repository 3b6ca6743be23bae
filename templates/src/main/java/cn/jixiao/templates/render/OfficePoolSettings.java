package cn.jixiao.templates.render;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link OfficePool} runs LibreOffice.
 *
 * @param sofficeCommand     the soffice executable: a name looked up on PATH or a path
 * @param processes          office processes, each converting one document at a time
 * @param taskTimeout        limit of one conversion; past it the process is restarted and the conversion fails
 * @param queueTimeout       how long a conversion waits for a free process before it is refused
 * @param maxTasksPerProcess conversions after which a process is replaced (LibreOffice grows over time)
 */
public record OfficePoolSettings(String sofficeCommand, int processes, Duration taskTimeout, Duration queueTimeout,
                                 int maxTasksPerProcess) {

    public OfficePoolSettings {
        Objects.requireNonNull(sofficeCommand, "sofficeCommand");
        Objects.requireNonNull(taskTimeout, "taskTimeout");
        Objects.requireNonNull(queueTimeout, "queueTimeout");
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be at least 1: " + processes);
        }
        if (maxTasksPerProcess < 1) {
            throw new IllegalArgumentException("maxTasksPerProcess must be at least 1: " + maxTasksPerProcess);
        }
    }

    /** soffice from PATH, two processes, 10 minutes per conversion and in the queue, 200 conversions per process. */
    public static OfficePoolSettings defaults() {
        return new OfficePoolSettings("soffice", 2, Duration.ofMinutes(10), Duration.ofMinutes(10), 200);
    }

    public OfficePoolSettings withProcesses(int count) {
        return new OfficePoolSettings(sofficeCommand, count, taskTimeout, queueTimeout, maxTasksPerProcess);
    }

    public OfficePoolSettings withSofficeCommand(String command) {
        return new OfficePoolSettings(command, processes, taskTimeout, queueTimeout, maxTasksPerProcess);
    }

    public OfficePoolSettings withTaskTimeout(Duration timeout) {
        return new OfficePoolSettings(sofficeCommand, processes, timeout, queueTimeout, maxTasksPerProcess);
    }
}

package cn.jixiao.templates.render;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jodconverter.local.process.ProcessManager;
import org.jodconverter.local.process.ProcessQuery;

/**
 * The platform's process manager, counting and remembering the office processes JODConverter starts: it
 * looks each new process's id up right after starting it (and once before, finding none).
 */
final class StartedProcesses implements ProcessManager {

    private final ProcessManager delegate;
    private final Set<Long> alive = ConcurrentHashMap.newKeySet();
    private final AtomicLong starts = new AtomicLong();

    StartedProcesses(ProcessManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean canFindPid() {
        return delegate.canFindPid();
    }

    @Override
    public long findPid(ProcessQuery query) throws IOException {
        long pid = delegate.findPid(query);
        if (pid > 0 && alive.add(pid)) {
            starts.incrementAndGet();
        }
        return pid;
    }

    @Override
    public void kill(Process process, long pid) throws IOException {
        alive.remove(pid);
        delegate.kill(process, pid);
    }

    long starts() {
        return starts.get();
    }

    /** Ids of the office processes started, without those known to be gone. */
    Set<Long> ids() {
        alive.removeIf(pid -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
        return Set.copyOf(alive);
    }
}

package cn.jixiao.templates.render;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office pool's working directories, one per pool, named {@code jixiao-office-*} and holding an
 * {@code owner} file (the JVM's pid and start time). A JVM killed with SIGKILL leaves its LibreOffice
 * processes running, adopted by init, and nothing of it can stop them; so each pool, when it starts,
 * stops the processes of directories whose owner is gone (found by the directory in their command
 * line: profile, fonts and home all live in it) and deletes those directories. Best effort: a
 * failure is logged, never raised.
 */
final class OfficeWorkDirs {

    private static final Logger log = LoggerFactory.getLogger(OfficeWorkDirs.class);
    static final String PREFIX = "jixiao-office-";
    private static final String OWNER = "owner";

    private OfficeWorkDirs() {
    }

    /** A new working directory under {@code base}, owned by this JVM. */
    static Path create(Path base) throws IOException {
        Path work = Files.createTempDirectory(base, PREFIX);
        Files.writeString(work.resolve(OWNER), owner(ProcessHandle.current()).orElse("unknown"));
        return work;
    }

    /** Stops the processes of working directories under {@code base} whose JVM is gone; the number stopped. */
    static int reapOrphans(Path base) {
        int stopped = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir) && ownerGone(dir)) {
                    stopped += stopProcessesOf(dir);
                    LibreOfficeConverter.deleteQuietly(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not look for LibreOffice processes of stopped instances in {}: {}", base, e.toString());
        }
        if (stopped > 0) {
            log.warn("Stopped {} LibreOffice processes left running by an instance that was killed", stopped);
        }
        return stopped;
    }

    private static boolean ownerGone(Path dir) throws IOException {
        Path owner = dir.resolve(OWNER);
        if (!Files.isRegularFile(owner)) {
            return false; // not ours, or being created right now
        }
        List<String> fields = List.of(Files.readString(owner).trim().split(" "));
        if (fields.size() != 2 || !fields.get(0).chars().allMatch(Character::isDigit)) {
            return false; // not an owner line this class wrote: leave the directory alone
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(fields.get(0)));
        // the start time tells a reused pid from the owner
        return process.flatMap(OfficeWorkDirs::owner).filter(fields.get(0).concat(" ").concat(fields.get(1))::equals).isEmpty();
    }

    private static int stopProcessesOf(Path dir) {
        String path = dir.toAbsolutePath().toString();
        List<ProcessHandle> orphans = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().filter(c -> c.contains(path)).isPresent())
                .toList();
        orphans.forEach(ProcessHandle::destroyForcibly);
        return orphans.size();
    }

    private static Optional<String> owner(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).map(start -> process.pid() + " " + start);
    }
}

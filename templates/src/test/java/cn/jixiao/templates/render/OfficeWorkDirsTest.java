package cn.jixiao.templates.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LibreOffice processes of a pool whose JVM was killed are stopped by the next pool; a live pool's are not. */
class OfficeWorkDirsTest {

    @TempDir
    Path base;

    @Test
    void processesOfAGoneOwnerAreStoppedAndItsDirectoryDeletedALiveOwnersAreKept() throws Exception {
        Path live = OfficeWorkDirs.create(base);
        Path orphaned = Files.createDirectory(base.resolve(OfficeWorkDirs.PREFIX + "killed"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        // an exited JVM's pid; were it reused meanwhile, the start time would not match
        Files.writeString(orphaned.resolve("owner"), gone.pid() + " 1");
        // stand-ins for soffice: long-running processes whose command line names their working directory
        Files.writeString(orphaned.resolve("fonts.conf"), "");
        Files.writeString(live.resolve("fonts.conf"), "");
        Process orphan = new ProcessBuilder("tail", "-f", orphaned.resolve("fonts.conf").toString()).start();
        Process kept = new ProcessBuilder("tail", "-f", live.resolve("fonts.conf").toString()).start();
        try {
            assertThat(OfficeWorkDirs.reapOrphans(base)).isEqualTo(1);

            assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).as("the orphan was stopped").isTrue();
            assertThat(orphaned).doesNotExist();
            assertThat(kept.isAlive()).as("this JVM's pool is not touched").isTrue();
            assertThat(live).exists();
            assertThat(OfficeWorkDirs.reapOrphans(base)).isZero();
        } finally {
            orphan.destroyForcibly();
            kept.destroyForcibly();
        }
    }

    @Test
    void aDirectoryWithoutAnOwnerLineOfOursIsLeftAloneAndTheOthersAreStillLookedAt() throws Exception {
        Path foreign = Files.createDirectory(base.resolve(OfficeWorkDirs.PREFIX + "older-layout"));
        Path garbled = Files.createDirectory(base.resolve(OfficeWorkDirs.PREFIX + "garbled"));
        Files.writeString(garbled.resolve("owner"), "unknown 12");
        Path orphaned = Files.createDirectory(base.resolve(OfficeWorkDirs.PREFIX + "zz-killed"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(orphaned.resolve("owner"), gone.pid() + " 1");

        assertThat(OfficeWorkDirs.reapOrphans(base)).isZero(); // no process named it
        assertThat(foreign).exists();
        assertThat(garbled).exists();
        assertThat(orphaned).as("a garbled neighbour does not stop the scan").doesNotExist();
    }
}

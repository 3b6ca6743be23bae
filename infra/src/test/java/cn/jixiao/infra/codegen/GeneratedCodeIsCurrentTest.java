package cn.jixiao.infra.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.infra.testing.TestDatabase;

/** Fails when the checked-in jOOQ classes differ from what the migrations generate. */
class GeneratedCodeIsCurrentTest {

    private static final Path CHECKED_IN = Path.of("src/main/java/cn/jixiao/infra/jooq");

    @Test
    void checkedInJooqClassesMatchTheMigrations(@TempDir Path tmp) throws Exception {
        JooqCodegen.generate(TestDatabase.create(true), tmp);

        Map<String, String> generated = sources(tmp.resolve("cn/jixiao/infra/jooq"));
        Map<String, String> checkedIn = sources(CHECKED_IN);

        assertThat(checkedIn.keySet())
                .as("checked-in jOOQ files; regenerate with ./mvnw -pl infra -Pjooq-codegen process-test-classes")
                .isEqualTo(generated.keySet());
        generated.forEach((file, text) -> assertThat(checkedIn.get(file))
                .as("%s drifted from the migrations; regenerate with ./mvnw -pl infra -Pjooq-codegen process-test-classes", file)
                .isEqualTo(text));
    }

    private static Map<String, String> sources(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}

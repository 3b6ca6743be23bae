package cn.jixiao.templates.render;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import cn.jixiao.templates.testing.SeedDocument;

/** The seed document (路南区 2025, department 202) as text and as a disclosure, plus a place for test output. */
public final class Seed {

    public static final District DISTRICT = SeedDocument.DISTRICT;
    public static final String DEPARTMENT_NAME = SeedDocument.DEPARTMENT_NAME;

    private Seed() {
    }

    static String text() {
        return SeedDocument.text();
    }

    static Disclosure disclosure() {
        return SeedDocument.disclosure();
    }

    /** target/render-output/name, written for a person to look at (and for CI artifacts). */
    public static Path output(String name, byte[] content) {
        try {
            Path dir = Path.of("target", "render-output");
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

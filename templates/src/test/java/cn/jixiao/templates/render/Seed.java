package cn.jixiao.templates.render;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.importer.text.PlainTextDisclosureReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed document (路南区 2025, department 202) as text and as a disclosure, plus a place for test output. */
public final class Seed {

    public static final District DISTRICT = new District("lunan", "唐山市路南区", "130202");
    public static final String DEPARTMENT_NAME = "中共唐山市路南区委唐山市路南区人民政府督查室";

    private static String text;
    private static Disclosure disclosure;

    private Seed() {
    }

    static synchronized String text() {
        if (text == null) {
            try (InputStream in = Seed.class.getResourceAsStream("/demo/lunan-2025.txt")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text;
    }

    static synchronized Disclosure disclosure() {
        if (disclosure == null) {
            disclosure = PlainTextDisclosureReader.read(text(), "202", DEPARTMENT_NAME, 2025);
        }
        return disclosure;
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

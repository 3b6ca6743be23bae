package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.importer.text.PlainTextDisclosureReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed document (唐山市路南区 督查室 2025) as a parsed disclosure. */
final class Seed {

    private static Disclosure disclosure;

    private Seed() {}

    static synchronized Disclosure disclosure() {
        if (disclosure == null) {
            try (InputStream in = Seed.class.getResourceAsStream("/demo/lunan-2025.txt")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                disclosure = PlainTextDisclosureReader.read(text, "202", "中共唐山市路南区委唐山市路南区人民政府督查室", 2025);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return disclosure;
    }
}

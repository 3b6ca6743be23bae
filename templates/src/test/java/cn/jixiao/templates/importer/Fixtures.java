package cn.jixiao.templates.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import cn.jixiao.templates.testing.SeedDocument;

/** Reads test resources. */
final class Fixtures {

    static final String DEPARTMENT = "中共唐山市路南区委唐山市路南区人民政府督查室";
    static final ImportTarget SEED_TARGET = new ImportTarget("202", DEPARTMENT, 2025);

    private Fixtures() {}

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] fixture(String name) {
        return bytes("/importer/" + name);
    }

    static byte[] seedText() {
        return SeedDocument.bytes();
    }

    static ImportResult importBytes(String name, byte[] content, ImportTarget target) {
        return DisclosureImporter.importFile(name, content, target, ImportLimits.defaults());
    }
}

package cn.jixiao.templates.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.importer.text.PlainTextDisclosureReader;

/**
 * The seed document (唐山市路南区 2025, department 202 督查室) for tests: its bytes, its text, and the
 * disclosure the plain-text reader makes of it, as the platform's demo reads it. Shared with the
 * platform's tests through this module's test-jar.
 */
public final class SeedDocument {

    public static final String RESOURCE = "/demo/lunan-2025.txt";
    public static final District DISTRICT = new District("lunan", "唐山市路南区", "130202");
    public static final String DEPARTMENT_CODE = "202";
    public static final String DEPARTMENT_NAME = "中共唐山市路南区委唐山市路南区人民政府督查室";
    public static final int FISCAL_YEAR = 2025;

    private static byte[] bytes;
    private static Disclosure disclosure;

    private SeedDocument() {
    }

    public static synchronized byte[] bytes() {
        if (bytes == null) {
            try (InputStream in = SeedDocument.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("seed document " + RESOURCE + " is missing from the classpath");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes.clone();
    }

    public static String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** The seed as a disclosure (immutable, so read once). */
    public static synchronized Disclosure disclosure() {
        if (disclosure == null) {
            disclosure = read(text());
        }
        return disclosure;
    }

    /** Any text in the seed's format, read as the seed's department and year. */
    public static Disclosure read(String text) {
        return PlainTextDisclosureReader.read(text, DEPARTMENT_CODE, DEPARTMENT_NAME, FISCAL_YEAR);
    }
}

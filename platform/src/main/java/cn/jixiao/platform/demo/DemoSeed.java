package cn.jixiao.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.importer.text.PlainTextDisclosureReader;

/** The demo district's 2025 disclosure of department 202, read from the seed document on the classpath. */
public final class DemoSeed {

    public static final String DEPARTMENT_CODE = "202";
    public static final String DEPARTMENT_NAME = "中共唐山市路南区委唐山市路南区人民政府督查室";
    public static final int FISCAL_YEAR = 2025;
    private static final String RESOURCE = "/demo/lunan-2025.txt";

    private DemoSeed() {
    }

    public static Disclosure disclosure() {
        try (InputStream in = DemoSeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("seed document " + RESOURCE + " is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return PlainTextDisclosureReader.read(text, DEPARTMENT_CODE, DEPARTMENT_NAME, FISCAL_YEAR);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read seed document " + RESOURCE, e);
        }
    }
}

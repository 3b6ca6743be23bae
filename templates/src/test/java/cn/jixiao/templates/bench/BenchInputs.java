package cn.jixiao.templates.bench;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import cn.jixiao.templates.testing.SeedDocument;

/** What the benchmarks render, and the plain-zip baseline they are compared with. */
final class BenchInputs {

    static final District LUNAN = new District("lunan", "唐山市路南区", "130202");
    static final String SEED_DEPARTMENT = SeedDocument.DEPARTMENT_NAME;

    private BenchInputs() {
    }

    /** The seed (路南区 2025, department 202), read as the platform's demo reads it. */
    static Disclosure seed() {
        return SeedDocument.disclosure();
    }

    /** The bytes of one entry of a zip (e.g. word/document.xml of a DOCX). */
    static byte[] entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no " + name + " in the zip");
    }

    /** Deflates at the default level, as a zip writer would; returns the compressed size. */
    static long deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            while (!deflater.finished()) {
                size += deflater.deflate(buffer);
            }
            return size;
        } finally {
            deflater.end();
        }
    }

    /** The bytes of a classpath resource. */
    static byte[] resource(String name) {
        try (InputStream in = BenchInputs.class.getResourceAsStream(name)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package cn.jixiao.templates.importer.safety;

import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.RejectionReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads an upload into memory, stopping as soon as it passes the size limit. */
public final class InputBytes {

    private InputBytes() {}

    public static byte[] read(InputStream in, long maxBytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                check(total, maxBytes);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed", e);
        }
    }

    public static void check(long size, long maxBytes) {
        if (size > maxBytes) {
            throw new ImportRejectedException(RejectionReason.TOO_LARGE,
                    "文件过大：超过" + (maxBytes / 1024) + "KB的上限，请拆分后再上传");
        }
    }
}

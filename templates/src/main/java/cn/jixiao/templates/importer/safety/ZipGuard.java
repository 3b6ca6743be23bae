package cn.jixiao.templates.importer.safety;

import cn.jixiao.templates.importer.ImportLimits;
import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.RejectionReason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Opens a zip held in memory without trusting it. The central directory is read first (entry count, declared
 * sizes and ratios are checked before anything is inflated); then every entry is inflated with its bytes
 * counted as they come, so a zip bomb is stopped after at most a limit's worth of output, whatever its headers
 * claim. Sizes, CRC and the DOCTYPE-free prolog of every XML part are verified before any parser runs.
 * java.util.zip.ZipInputStream is not used because it trusts local headers and cannot tell a cut file from a
 * complete one.
 */
public final class ZipGuard {

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int CEN_SIGNATURE = 0x02014b50;
    private static final int LOC_SIGNATURE = 0x04034b50;
    private static final int EOCD_SIZE = 22;
    private static final int CEN_SIZE = 46;
    private static final int LOC_SIZE = 30;
    private static final long ZIP64_MARK = 0xFFFFFFFFL;

    private final byte[] zip;
    private final ImportLimits limits;
    private long inflatedTotal;

    private ZipGuard(byte[] zip, ImportLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /** Checks and inflates every entry; the archive keeps them all. */
    public static ZipArchive open(byte[] zip, ImportLimits limits) {
        return new ZipGuard(zip, limits).read();
    }

    private record CentralEntry(String name, int flags, int method, long crc, long compressedSize, long size,
                                long localOffset) {}

    private ZipArchive read() {
        int eocd = findEndOfCentralDirectory();
        int entryCount = u16(eocd + 10);
        long cenSize = u32(eocd + 12);
        long cenOffset = u32(eocd + 16);
        if (entryCount == 0xFFFF || cenOffset == ZIP64_MARK || cenSize == ZIP64_MARK) {
            throw new ImportRejectedException(RejectionReason.TOO_LARGE, "文件使用ZIP64格式（超大文件），不支持导入");
        }
        if (entryCount > limits.maxZipEntries()) {
            throw bomb("文件包含" + entryCount + "个部件，超过上限" + limits.maxZipEntries() + "个");
        }
        if (cenOffset + cenSize > eocd) {
            throw truncated();
        }
        Map<String, CentralEntry> central = readCentralDirectory((int) cenOffset, (int) (cenOffset + cenSize), entryCount);
        Map<String, byte[]> inflated = new LinkedHashMap<>();
        for (CentralEntry entry : central.values()) {
            byte[] data = inflate(entry, (int) cenOffset);
            if (isXml(entry.name)) {
                XmlPrologScanner.requireNoDoctype(data, entry.name);
            }
            inflated.put(entry.name, data);
        }
        return new ZipArchive(inflated);
    }

    private int findEndOfCentralDirectory() {
        int lowest = Math.max(0, zip.length - EOCD_SIZE - 0xFFFF);
        for (int p = zip.length - EOCD_SIZE; p >= lowest; p--) {
            if (s32(p) == EOCD_SIGNATURE && p + EOCD_SIZE + u16(p + 20) <= zip.length) {
                return p;
            }
        }
        throw truncated();
    }

    private Map<String, CentralEntry> readCentralDirectory(int start, int end, int count) {
        Map<String, CentralEntry> entries = new LinkedHashMap<>();
        long declaredTotal = 0;
        int p = start;
        for (int i = 0; i < count; i++) {
            if (p + CEN_SIZE > end || s32(p) != CEN_SIGNATURE) {
                throw corrupt("ZIP目录损坏");
            }
            int flags = u16(p + 8);
            int method = u16(p + 10);
            long crc = u32(p + 16);
            long compressed = u32(p + 20);
            long size = u32(p + 24);
            int nameLength = u16(p + 28);
            int extraLength = u16(p + 30);
            int commentLength = u16(p + 32);
            long localOffset = u32(p + 42);
            if (p + CEN_SIZE + nameLength > end) {
                throw corrupt("ZIP目录损坏");
            }
            String name = new String(zip, p + CEN_SIZE, nameLength,
                    (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            if (compressed == ZIP64_MARK || size == ZIP64_MARK || localOffset == ZIP64_MARK) {
                throw new ImportRejectedException(RejectionReason.TOO_LARGE, "文件使用ZIP64格式（超大文件），不支持导入");
            }
            if ((flags & 1) != 0) {
                throw new ImportRejectedException(RejectionReason.PASSWORD_PROTECTED,
                        "文件中的部件" + name + "被加密，请去除密码保护后再上传");
            }
            declaredTotal += size;
            if (declaredTotal > limits.maxUncompressedBytes()) {
                throw bomb("解压后超过" + mib(limits.maxUncompressedBytes()) + "的上限");
            }
            checkRatio(name, size, compressed);
            if (entries.putIfAbsent(name, new CentralEntry(name, flags, method, crc, compressed, size, localOffset)) != null) {
                throw corrupt("ZIP中有重名的部件" + name);
            }
            p += CEN_SIZE + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private byte[] inflate(CentralEntry entry, int cenOffset) {
        long local = entry.localOffset;
        if (local + LOC_SIZE > cenOffset || s32((int) local) != LOC_SIGNATURE) {
            throw corrupt("部件" + entry.name + "的位置与目录不符");
        }
        long dataStart = local + LOC_SIZE + u16((int) local + 26) + u16((int) local + 28);
        long dataEnd = dataStart + entry.compressedSize;
        if (dataEnd > cenOffset) {
            throw truncated();
        }
        if (entry.size == 0 && entry.compressedSize <= 2) {
            return new byte[0]; // empty part: nothing to inflate, some writers store no deflate stream at all
        }
        byte[] data = switch (entry.method) {
            case 0 -> stored(entry, (int) dataStart);
            case 8 -> deflated(entry, (int) dataStart);
            default -> throw corrupt("部件" + entry.name + "使用了不支持的压缩方式" + entry.method);
        };
        CRC32 crc = new CRC32();
        crc.update(data);
        if (crc.getValue() != entry.crc) {
            throw corrupt("部件" + entry.name + "校验失败");
        }
        return data;
    }

    private byte[] stored(CentralEntry entry, int start) {
        if (entry.compressedSize != entry.size) {
            throw corrupt("部件" + entry.name + "的大小与目录不符");
        }
        count(entry.size);
        byte[] data = new byte[(int) entry.size];
        System.arraycopy(zip, start, data, 0, data.length);
        return data;
    }

    private byte[] deflated(CentralEntry entry, int start) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, start, (int) entry.compressedSize);
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(entry.size, 1 << 20));
            byte[] buffer = new byte[16384];
            long produced = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0) {
                    if (inflater.needsInput()) {
                        throw truncated(); // compressed data ends before the deflate stream does
                    }
                    if (inflater.needsDictionary()) {
                        throw corrupt("部件" + entry.name + "的压缩数据损坏");
                    }
                    continue;
                }
                produced += n;
                if (produced > entry.size) {
                    throw bomb("部件" + entry.name + "解压后比目录声明的大（" + entry.size + "字节）");
                }
                count(n);
                checkRatio(entry.name, produced, entry.compressedSize);
                out.write(buffer, 0, n);
            }
            if (produced != entry.size) {
                throw corrupt("部件" + entry.name + "的大小与目录不符");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw corrupt("部件" + entry.name + "的压缩数据损坏");
        } finally {
            inflater.end();
        }
    }

    private void count(long bytes) {
        inflatedTotal += bytes;
        if (inflatedTotal > limits.maxUncompressedBytes()) {
            throw bomb("解压后超过" + mib(limits.maxUncompressedBytes()) + "的上限");
        }
    }

    private void checkRatio(String name, long size, long compressed) {
        if (size > limits.ratioGraceBytes() && size > (long) limits.maxCompressionRatio() * Math.max(compressed, 1)) {
            throw bomb("部件" + name + "的压缩比超过" + limits.maxCompressionRatio() + ":1（疑似压缩炸弹）");
        }
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    private int u16(int p) {
        if (p < 0 || p + 2 > zip.length) {
            throw truncated();
        }
        return (zip[p] & 0xFF) | (zip[p + 1] & 0xFF) << 8;
    }

    private long u32(int p) {
        return s32(p) & 0xFFFFFFFFL;
    }

    private int s32(int p) {
        if (p < 0 || p + 4 > zip.length) {
            throw truncated();
        }
        return (zip[p] & 0xFF) | (zip[p + 1] & 0xFF) << 8 | (zip[p + 2] & 0xFF) << 16 | (zip[p + 3] & 0xFF) << 24;
    }

    private static String mib(long bytes) {
        return (bytes / (1024 * 1024)) + "MB";
    }

    private static ImportRejectedException truncated() {
        return new ImportRejectedException(RejectionReason.TRUNCATED,
                "文件不完整（ZIP结构被截断），可能是上传中断或文件已损坏，请重新保存后上传完整的.docx或.xlsx文件");
    }

    private static ImportRejectedException corrupt(String detail) {
        return new ImportRejectedException(RejectionReason.CORRUPT, "文件已损坏：" + detail + "，请用Word或Excel重新保存后上传");
    }

    private static ImportRejectedException bomb(String detail) {
        return new ImportRejectedException(RejectionReason.ZIP_BOMB, "文件被拒绝：" + detail + "，正常的公开文件不会这样");
    }
}

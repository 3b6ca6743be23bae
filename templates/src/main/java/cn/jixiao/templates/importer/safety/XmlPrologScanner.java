package cn.jixiao.templates.importer.safety;

import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.RejectionReason;

/**
 * Refuses an XML part whose prolog has a DOCTYPE (or any other {@code <!} declaration), before any parser sees
 * it. Office parts never have one; a DOCTYPE is how XXE and entity-expansion attacks start. Reads only the
 * prolog, in UTF-8/ASCII-compatible encodings or UTF-16 (by BOM or by the zero bytes of "&lt;?").
 */
public final class XmlPrologScanner {

    private XmlPrologScanner() {}

    public static void requireNoDoctype(byte[] xml, String partName) {
        int width = 1;
        boolean bigEndian = false;
        int pos = 0;
        if (xml.length >= 3 && xml[0] == (byte) 0xEF && xml[1] == (byte) 0xBB && xml[2] == (byte) 0xBF) {
            pos = 3;
        } else if (xml.length >= 2 && xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE) {
            width = 2;
            pos = 2;
        } else if (xml.length >= 2 && xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF) {
            width = 2;
            bigEndian = true;
            pos = 2;
        } else if (xml.length >= 2 && xml[0] == 0 && xml[1] == '<') {
            width = 2;
            bigEndian = true;
        } else if (xml.length >= 2 && xml[0] == '<' && xml[1] == 0) {
            width = 2;
        }
        Chars chars = new Chars(xml, pos, width, bigEndian);
        int i = 0;
        while (true) {
            while (chars.at(i) != -1 && Character.isWhitespace(chars.at(i))) {
                i++;
            }
            if (chars.at(i) != '<') {
                return; // end, or not XML at all: the parser will say so
            }
            if (chars.startsWith(i, "<?")) {
                i = chars.indexOf(i + 2, "?>");
            } else if (chars.startsWith(i, "<!--")) {
                i = chars.indexOf(i + 4, "-->");
            } else if (chars.at(i + 1) == '!') {
                throw new ImportRejectedException(RejectionReason.XML_DOCTYPE,
                        "文件内容异常：部件" + partName + "含有DOCTYPE声明（可能是XML外部实体攻击），已拒绝，Office文件不会包含此类声明");
            } else {
                return; // the root element: the prolog is over
            }
            if (i < 0) {
                return; // unterminated prolog item: the parser will reject it
            }
        }
    }

    /** Characters of the prolog, one or two bytes each; only ASCII matters here. */
    private record Chars(byte[] bytes, int start, int width, boolean bigEndian) {
        int at(int index) {
            int p = start + index * width;
            if (index < 0 || p + width > bytes.length) {
                return -1;
            }
            if (width == 1) {
                return bytes[p] & 0xFF;
            }
            int hi = bigEndian ? bytes[p] & 0xFF : bytes[p + 1] & 0xFF;
            int lo = bigEndian ? bytes[p + 1] & 0xFF : bytes[p] & 0xFF;
            return (hi << 8) | lo;
        }

        boolean startsWith(int index, String s) {
            for (int k = 0; k < s.length(); k++) {
                if (at(index + k) != s.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Index just past {@code s} at or after {@code from}, or -1. */
        int indexOf(int from, String s) {
            for (int i = from; at(i) != -1; i++) {
                if (startsWith(i, s)) {
                    return i + s.length();
                }
            }
            return -1;
        }
    }
}

package cn.jixiao.templates.importer.safety;

import java.util.Locale;

/** What the first bytes of a file say it is. */
public enum FileKind {
    /** PK zip: .docx, .xlsx or something else zipped. */
    ZIP,
    /** OLE2 compound file: .doc, .xls, or an encrypted .docx/.xlsx. */
    OLE2,
    PDF,
    RTF,
    /** HTML, MHT or XML (Word "save as web page", Word 2003 XML). */
    MARKUP,
    /** Anything else: maybe the text export, maybe binary. */
    OTHER;

    private static final byte[] ZIP_MAGIC = {'P', 'K'};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};

    public static FileKind of(byte[] bytes) {
        if (startsWith(bytes, ZIP_MAGIC) && bytes.length >= 4
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6) || (bytes[2] == 7 && bytes[3] == 8))) {
            return ZIP;
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            return OLE2;
        }
        String head = asciiHead(bytes);
        if (head.startsWith("%PDF")) {
            return PDF;
        }
        if (head.startsWith("{\\rtf")) {
            return RTF;
        }
        String lower = head.stripLeading().toLowerCase(Locale.ROOT);
        if (lower.startsWith("<?xml") || lower.startsWith("<html") || lower.startsWith("<!doctype")
                || lower.startsWith("mime-version:")) {
            return MARKUP;
        }
        return OTHER;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first bytes as ASCII, after a UTF-8 byte order mark. */
    private static String asciiHead(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        int end = Math.min(bytes.length, start + 64);
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            sb.append((char) (bytes[i] & 0x7F));
        }
        return sb.toString();
    }
}

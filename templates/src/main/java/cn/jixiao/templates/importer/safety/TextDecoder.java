package cn.jixiao.templates.importer.safety;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether bytes are the text export and decodes them: UTF-8 (with or without BOM), UTF-16 with BOM,
 * else GB18030 (older Chinese Windows exports), strictly, and only if the result has no control characters.
 */
public final class TextDecoder {

    /** Decoded text and whether its encoding was a guess. */
    public record Decoded(String text, Charset charset, boolean guessed) {}

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    /** The text, or {@code null} if the bytes are not text. */
    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
        }
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        String utf8 = strict(bytes, bom ? 3 : 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(utf8, StandardCharsets.UTF_8, false);
        }
        return checked(strict(bytes, 0, GB18030), GB18030, true);
    }

    private static Decoded checked(String text, Charset charset, boolean guessed) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                return null; // binary, not a text export
            }
        }
        return new Decoded(text, charset, guessed);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

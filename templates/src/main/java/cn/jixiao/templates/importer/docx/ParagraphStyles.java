package cn.jixiao.templates.importer.docx;

import cn.jixiao.templates.importer.safety.SecureXml;
import cn.jixiao.templates.importer.safety.ZipArchive;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Paragraph style names from the styles part. Programs give the table-of-contents styles different ids (Word
 * "TOC1", WPS "11", LibreOffice "Contents1") but all name them "toc 1" / "TOC Heading", so both are checked.
 */
final class ParagraphStyles {

    static final ParagraphStyles NONE = new ParagraphStyles(Map.of());

    private static final Pattern CONTENTS = Pattern.compile("(?:toc|contents|目录)\\s*(?:\\d+|heading|标题)?",
            Pattern.CASE_INSENSITIVE);
    private static final String STYLES_RELATIONSHIP = "/styles";

    private final Map<String, String> names;

    private ParagraphStyles(Map<String, String> names) {
        this.names = names;
    }

    /** The styles of the main part's styles relationship; none when the part or relationship is missing. */
    static ParagraphStyles read(ZipArchive zip, String mainPart) {
        String stylesPart = stylesPart(zip, mainPart);
        byte[] xml = stylesPart == null ? null : zip.get(stylesPart);
        if (xml == null) {
            return NONE;
        }
        Map<String, String> names = new HashMap<>();
        String[] current = new String[1];
        SecureXml.firstMatch(xml, stylesPart, r -> {
            if (WordXml.is(r, "style")) {
                current[0] = WordXml.attribute(r, "styleId");
            } else if (WordXml.is(r, "name") && current[0] != null) {
                names.putIfAbsent(current[0], WordXml.attribute(r, "val"));
                current[0] = null; // w:name comes first; later elements of the style are not names
            }
            return null;
        });
        return new ParagraphStyles(names);
    }

    /** True for a table-of-contents entry or heading style, by id or by name. */
    boolean isContents(String styleId) {
        if (styleId == null) {
            return false;
        }
        String name = names.get(styleId);
        return CONTENTS.matcher(styleId.strip()).matches() || name != null && CONTENTS.matcher(name.strip()).matches();
    }

    /** word/_rels/document.xml.rels names the styles part relative to the main part's folder. */
    private static String stylesPart(ZipArchive zip, String mainPart) {
        int slash = mainPart.lastIndexOf('/');
        String folder = mainPart.substring(0, slash + 1);
        String relsPart = folder + "_rels/" + mainPart.substring(slash + 1) + ".rels";
        byte[] rels = zip.get(relsPart);
        if (rels == null) {
            return null;
        }
        String target = SecureXml.firstMatch(rels, relsPart, r -> {
            String type = r.getAttributeValue(null, "Type");
            return "Relationship".equals(r.getLocalName()) && type != null && type.endsWith(STYLES_RELATIONSHIP)
                    ? r.getAttributeValue(null, "Target") : null;
        });
        if (target == null) {
            return null;
        }
        try {
            String path = URI.create("/" + folder).resolve(target).getPath();
            return path.startsWith("/") ? path.substring(1) : path;
        } catch (IllegalArgumentException e) {
            return null; // a target that is not a relative URI: read without style names
        }
    }
}

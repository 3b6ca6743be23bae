package cn.jixiao.templates.importer;

import cn.jixiao.templates.importer.safety.SecureXml;
import cn.jixiao.templates.importer.safety.ZipArchive;
import java.util.function.Function;
import javax.xml.stream.XMLStreamReader;

/**
 * What an OOXML package is, from its own declarations rather than the file name: the target of the
 * officeDocument relationship in _rels/.rels and that part's content type in [Content_Types].xml.
 */
record OfficePackage(Kind kind, String mainPart) {

    enum Kind { WORD, EXCEL, OTHER }

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String ROOT_RELS = "_rels/.rels";

    static OfficePackage of(ZipArchive zip) {
        byte[] rels = zip.get(ROOT_RELS);
        byte[] types = zip.get(CONTENT_TYPES);
        if (rels == null || types == null) {
            return new OfficePackage(Kind.OTHER, null);
        }
        String target = mainTarget(rels);
        if (target == null) {
            return new OfficePackage(Kind.OTHER, null);
        }
        String part = target.startsWith("/") ? target.substring(1) : target;
        String contentType = contentType(types, "/" + part);
        return new OfficePackage(kindOf(contentType), part);
    }

    private static Kind kindOf(String contentType) {
        if (contentType == null) {
            return Kind.OTHER;
        }
        if (contentType.contains("wordprocessingml.document.main") || contentType.contains("wordprocessingml.template.main")
                || contentType.contains("ms-word.document.macroEnabled.main")
                || contentType.contains("ms-word.template.macroEnabledTemplate.main")) {
            return Kind.WORD;
        }
        if (contentType.contains("spreadsheetml.sheet.main") || contentType.contains("spreadsheetml.template.main")
                || contentType.contains("ms-excel.sheet.macroEnabled.main")
                || contentType.contains("ms-excel.template.macroEnabled.main")) {
            return Kind.EXCEL;
        }
        return Kind.OTHER;
    }

    private static String mainTarget(byte[] rels) {
        return scan(rels, ROOT_RELS, "Relationship", r -> {
            String type = r.getAttributeValue(null, "Type");
            return type != null && type.endsWith("/officeDocument") ? r.getAttributeValue(null, "Target") : null;
        });
    }

    /** Override for the part, else Default for its extension. */
    private static String contentType(byte[] types, String partName) {
        String override = scan(types, CONTENT_TYPES, "Override",
                r -> partName.equalsIgnoreCase(r.getAttributeValue(null, "PartName")) ? r.getAttributeValue(null, "ContentType") : null);
        if (override != null) {
            return override;
        }
        String extension = partName.substring(partName.lastIndexOf('.') + 1);
        return scan(types, CONTENT_TYPES, "Default",
                r -> extension.equalsIgnoreCase(r.getAttributeValue(null, "Extension")) ? r.getAttributeValue(null, "ContentType") : null);
    }

    private static String scan(byte[] xml, String partName, String element, Function<XMLStreamReader, String> matcher) {
        return SecureXml.firstMatch(xml, partName, r -> element.equals(r.getLocalName()) ? matcher.apply(r) : null);
    }
}

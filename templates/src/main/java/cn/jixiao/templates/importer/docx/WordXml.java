package cn.jixiao.templates.importer.docx;

import javax.xml.stream.XMLStreamReader;

/** WordprocessingML names in both the transitional and the strict namespace. */
final class WordXml {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    private WordXml() {}

    /** True if the reader is on a w: element called {@code localName}. */
    static boolean is(XMLStreamReader reader, String localName) {
        String ns = reader.getNamespaceURI();
        return localName.equals(reader.getLocalName()) && (W.equals(ns) || W_STRICT.equals(ns));
    }

    /** The w: attribute {@code localName} of the current start element, or {@code null}. */
    static String attribute(XMLStreamReader reader, String localName) {
        String value = reader.getAttributeValue(W, localName);
        return value != null ? value : reader.getAttributeValue(W_STRICT, localName);
    }
}

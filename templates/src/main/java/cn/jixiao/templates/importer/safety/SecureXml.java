package cn.jixiao.templates.importer.safety;

import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.RejectionReason;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that cannot be made to load anything: the JDK's own implementation (not whatever is on the
 * class path), DTDs off, external entities off, no external access, a resolver that refuses everything, and a
 * DTD event treated as an attack. The zip layer has already refused DOCTYPEs; this is the second line.
 */
public final class SecureXml {

    private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";
    private static final int MAX_DEPTH = 1_000;

    private SecureXml() {}

    public static XMLStreamReader reader(byte[] xml, String partName) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // Office XML is about 20 levels deep, 50 with nested tables; a million levels is an attack on the stack
        factory.setProperty(MAX_ELEMENT_DEPTH, MAX_DEPTH);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        try {
            return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
        } catch (XMLStreamException e) {
            throw malformed(partName, e);
        }
    }

    /** Call for every event: a DTD or an entity reference means the part is hostile. */
    public static void requireSafe(int event, String partName) {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw new ImportRejectedException(RejectionReason.XML_DOCTYPE,
                    "文件内容异常：部件" + partName + "含有DOCTYPE或实体引用（可能是XML外部实体攻击），已拒绝");
        }
    }

    /**
     * Streams a whole part and calls {@code matcher} on every start element until it returns non-null; that
     * result, or {@code null} at the end. A matcher that collects and always returns {@code null} visits all.
     */
    public static <T> T firstMatch(byte[] xml, String partName, Function<XMLStreamReader, T> matcher) {
        XMLStreamReader reader = reader(xml, partName);
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                requireSafe(event, partName);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    T found = matcher.apply(reader);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw malformed(partName, e);
        } finally {
            close(reader);
        }
    }

    public static void close(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing held open: the input is a byte array
        }
    }

    public static ImportRejectedException malformed(String partName, Exception e) {
        if (String.valueOf(e.getMessage()).contains("JAXP00010006")) { // the JDK's "exceeds maxElementDepth" error
            return new ImportRejectedException(RejectionReason.XML_TOO_DEEP,
                    "文件内容异常：部件" + partName + "的XML元素嵌套超过" + MAX_DEPTH + "层（正常的Word或Excel文件不超过几十层），已拒绝", e);
        }
        return new ImportRejectedException(RejectionReason.CORRUPT,
                "文件已损坏：部件" + partName + "不是有效的XML，请用Word或Excel重新保存后上传", e);
    }
}

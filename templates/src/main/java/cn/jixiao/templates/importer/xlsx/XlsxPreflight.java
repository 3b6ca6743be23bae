package cn.jixiao.templates.importer.xlsx;

import cn.jixiao.templates.importer.safety.SecureXml;
import cn.jixiao.templates.importer.safety.SizeGuard;
import cn.jixiao.templates.importer.safety.ZipArchive;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Counts rows and cells of every worksheet and measures every shared string with a streaming parser before
 * POI builds its in-memory workbook, so an absurd sheet is refused at a fraction of the memory POI would use.
 */
final class XlsxPreflight {

    private XlsxPreflight() {}

    static void check(ZipArchive zip, SizeGuard guard) {
        for (String name : zip.names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("xl/worksheets/") && lower.endsWith(".xml")) {
                scan(zip.get(name), name, guard, true);
            } else if (lower.equals("xl/sharedstrings.xml")) {
                scan(zip.get(name), name, guard, false);
            }
        }
    }

    private static void scan(byte[] xml, String part, SizeGuard guard, boolean sheet) {
        XMLStreamReader reader = SecureXml.reader(xml, part);
        try {
            int textLength = 0;
            boolean inText = false;
            while (reader.hasNext()) {
                int event = reader.next();
                SecureXml.requireSafe(event, part);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "row" -> {
                            if (sheet) {
                                guard.row();
                            }
                        }
                        case "c" -> {
                            if (sheet) {
                                guard.cell();
                            }
                            textLength = 0;
                        }
                        case "si" -> textLength = 0;
                        case "mergeCell" -> guard.cell(); // merges cost work per row later
                        case "t", "v" -> inText = true;
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    inText = false;
                } else if (inText && event == XMLStreamConstants.CHARACTERS) {
                    textLength += reader.getTextLength();
                    guard.text(textLength);
                }
            }
        } catch (XMLStreamException e) {
            throw SecureXml.malformed(part, e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // byte array input
            }
        }
    }
}

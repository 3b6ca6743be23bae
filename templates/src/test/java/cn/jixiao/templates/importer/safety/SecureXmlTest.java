package cn.jixiao.templates.importer.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.RejectionReason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second line of defence: even past the prolog scan, the StAX reader resolves nothing. */
class SecureXmlTest {

    @Test
    void aDoctypeIsReportedAsAnAttackBeforeAnyEntityIsResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><r>&x;</r>")
                .getBytes(StandardCharsets.UTF_8);

        StringBuilder seen = new StringBuilder();
        assertThatThrownBy(() -> {
            XMLStreamReader reader = SecureXml.reader(xml, "test.xml");
            while (reader.hasNext()) {
                int event = reader.next();
                SecureXml.requireSafe(event, "test.xml");
                if (event == XMLStreamConstants.CHARACTERS) {
                    seen.append(reader.getText());
                }
            }
        }).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectionReason.XML_DOCTYPE));
        assertThat(seen.toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void anUndeclaredEntityIsAnError() {
        byte[] xml = "<r>&undeclared;</r>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> {
            XMLStreamReader reader = SecureXml.reader(xml, "test.xml");
            while (reader.hasNext()) {
                SecureXml.requireSafe(reader.next(), "test.xml");
            }
        }).isInstanceOfAny(XMLStreamException.class, ImportRejectedException.class);
    }
}

package cn.jixiao.templates.importer.safety;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jixiao.templates.importer.ImportRejectedException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlPrologScannerTest {

    private static void ok(byte[] xml) {
        assertThatCode(() -> XmlPrologScanner.requireNoDoctype(xml, "p.xml")).doesNotThrowAnyException();
    }

    private static void refused(byte[] xml) {
        assertThatThrownBy(() -> XmlPrologScanner.requireNoDoctype(xml, "p.xml")).isInstanceOf(ImportRejectedException.class);
    }

    @Test
    void officePartsPass() {
        ok("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document/>".getBytes(StandardCharsets.UTF_8));
        ok("\uFEFF<?xml version=\"1.0\"?><!-- 注释 --><r><!DOCTYPE inside is text, not prolog></r>".getBytes(StandardCharsets.UTF_8));
        ok(new byte[0]);
    }

    @Test
    void aDoctypeAnywhereInTheProlog() {
        refused("<!DOCTYPE r><r/>".getBytes(StandardCharsets.UTF_8));
        refused("<?xml version=\"1.0\"?>\n<!-- a --><?pi?>\n  <!doctype r><r/>".getBytes(StandardCharsets.UTF_8));
        refused("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE r><r/>".getBytes(StandardCharsets.UTF_16LE));
        refused("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE r><r/>".getBytes(StandardCharsets.UTF_16BE));
        refused("<!ENTITY x \"y\"><r/>".getBytes(StandardCharsets.UTF_8));
    }
}

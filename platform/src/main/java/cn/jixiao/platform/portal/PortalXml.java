package cn.jixiao.platform.portal;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import cn.jixiao.infra.disclosure.PublicationKind;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.templates.disclosure.District;

/**
 * The portal's machine-readable pages, written with StAX (escaping is the writer's): the Atom 1.0
 * feed of publications and withdrawals (RFC 4287) and the sitemap of what is public now
 * (sitemaps.org 0.9). Both need absolute URLs, hence {@code origin} (the portal's public address).
 */
final class PortalXml {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    private PortalXml() {
    }

    /** Newest first; {@code updated} of the feed is its newest entry's (or {@code now} when there is none). */
    static String feed(TenantId tenant, District district, String origin, PortalLinks.Site links, List<PublicationLog.Event> events,
                       OffsetDateTime now) {
        return write(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            element(w, "id", "urn:uuid:" + tenant.value());
            element(w, "title", district.name() + "预算绩效目标公开动态");
            element(w, "updated", time(events.isEmpty() ? now : events.get(0).occurredAt()));
            link(w, "self", origin + links.feed(), "application/atom+xml");
            link(w, "alternate", origin + links.home(), "text/html");
            w.writeStartElement("author");
            element(w, "name", district.name());
            w.writeEndElement();
            for (PublicationLog.Event e : events) {
                boolean published = e.kind() == PublicationKind.PUBLISHED;
                w.writeStartElement("entry");
                element(w, "id", "urn:uuid:" + e.id());
                element(w, "title", e.departmentName() + " " + e.fiscalYear() + " 年度预算绩效目标" + (published ? "公开" : "撤回"));
                element(w, "updated", time(e.occurredAt()));
                link(w, "alternate", origin + links.disclosure(e.fiscalYear(), e.departmentCode()), "text/html");
                w.writeStartElement("category");
                w.writeAttribute("term", e.kind().name());
                w.writeAttribute("label", published ? "公开" : "撤回");
                w.writeEndElement();
                element(w, "summary", published
                        ? e.departmentName() + "公开了 " + e.fiscalYear() + " 年度预算绩效目标（第 " + e.revision() + " 版）。"
                        : e.departmentName() + "撤回了 " + e.fiscalYear() + " 年度预算绩效目标（第 " + e.revision() + " 版），该页面已不再公开。");
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    static String sitemap(String origin, List<String> paths) {
        return write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP);
            for (String path : paths) {
                w.writeStartElement("url");
                element(w, "loc", origin + path);
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out + "\n";
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }

    private static String time(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC).withNano(0));
    }
}

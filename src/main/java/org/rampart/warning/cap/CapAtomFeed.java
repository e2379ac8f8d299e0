package org.rampart.warning.cap;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Write the Atom feed of published CAP messages, each entry linking to its CAP XML as aggregators expect. */
final class CapAtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private CapAtomFeed() {
    }

    /** The feed; baseUrl is the absolute address of the application without a trailing slash. */
    static byte[] write(List<CapManagement.Summary> messages, String baseUrl, String title, Instant now) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.setDefaultNamespace(ATOM);
            out.writeStartElement(ATOM, "feed");
            out.writeDefaultNamespace(ATOM);
            element(out, "id", baseUrl + "/cap/feed.atom");
            element(out, "title", title);
            OffsetDateTime updated = messages.isEmpty() ? now.atOffset(ZoneOffset.UTC) : messages.get(0).message().sent();
            element(out, "updated", updated.format(RFC_3339));
            link(out, "self", "application/atom+xml", baseUrl + "/cap/feed.atom");
            out.writeStartElement(ATOM, "author");
            element(out, "name", title);
            out.writeEndElement();
            for (CapManagement.Summary s : messages) {
                CapRepository.Row m = s.message();
                CapRepository.InfoRow info = s.info(Locale.ENGLISH);
                String url = baseUrl + "/cap/messages/" + m.id() + ".xml";
                out.writeStartElement(ATOM, "entry");
                element(out, "id", url);
                element(out, "title", info == null ? m.identifier()
                        : info.headline() != null ? info.headline() : info.event());
                element(out, "updated", m.sent().format(RFC_3339));
                link(out, "alternate", "application/cap+xml", url);
                if (info != null && info.areaDesc() != null) {
                    element(out, "summary", info.areaDesc());
                }
                out.writeEndElement();
            }
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the Atom feed cannot be written", e);
        }
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(ATOM, name);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    private static void link(XMLStreamWriter out, String rel, String type, String href) throws XMLStreamException {
        out.writeEmptyElement(ATOM, "link");
        out.writeAttribute("rel", rel);
        out.writeAttribute("type", type);
        out.writeAttribute("href", href);
    }
}

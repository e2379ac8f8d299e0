package org.rampart.warning.cap;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Write a CAP 1.2 message as UTF-8 XML in the schema's element order, with +hh:mm offsets (never Z). */
final class CapWriter {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final XMLStreamWriter out;
    private int depth;

    private CapWriter(XMLStreamWriter out) {
        this.out = out;
    }

    static byte[] write(CapMessage message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            new CapWriter(xml).alert(message);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the CAP message cannot be written", e);
        }
        return bytes.toByteArray();
    }

    static String format(OffsetDateTime time) {
        return time.withNano(0).format(DATE_TIME);
    }

    private void alert(CapMessage m) throws XMLStreamException {
        out.writeStartDocument("UTF-8", "1.0");
        out.writeCharacters("\n");
        out.setDefaultNamespace(CapMessage.NAMESPACE);
        out.writeStartElement(CapMessage.NAMESPACE, "alert");
        out.writeDefaultNamespace(CapMessage.NAMESPACE);
        depth++;
        text("identifier", m.identifier());
        text("sender", m.sender());
        time("sent", m.sent());
        text("status", m.status());
        text("msgType", m.msgType());
        text("source", m.source());
        text("scope", m.scope());
        text("restriction", m.restriction());
        text("addresses", m.addresses());
        texts("code", m.codes());
        text("note", m.note());
        text("references", m.references());
        text("incidents", m.incidents());
        for (CapMessage.Info info : m.infos()) {
            info(info);
        }
        depth--;
        newLine();
        out.writeEndElement();
        out.writeCharacters("\n");
        out.writeEndDocument();
    }

    private void info(CapMessage.Info i) throws XMLStreamException {
        start("info");
        text("language", i.language());
        texts("category", i.categories());
        text("event", i.event());
        texts("responseType", i.responseTypes());
        text("urgency", i.urgency());
        text("severity", i.severity());
        text("certainty", i.certainty());
        text("audience", i.audience());
        namedValues("eventCode", i.eventCodes());
        time("effective", i.effective());
        time("onset", i.onset());
        time("expires", i.expires());
        text("senderName", i.senderName());
        text("headline", i.headline());
        text("description", i.description());
        text("instruction", i.instruction());
        text("web", i.web());
        text("contact", i.contact());
        namedValues("parameter", i.parameters());
        for (CapMessage.Resource r : i.resources()) {
            start("resource");
            text("resourceDesc", r.resourceDesc());
            text("mimeType", r.mimeType());
            text("size", r.size() == null ? null : r.size().toString());
            text("uri", r.uri());
            text("derefUri", r.derefUri());
            text("digest", r.digest());
            end();
        }
        for (CapMessage.Area a : i.areas()) {
            start("area");
            text("areaDesc", a.areaDesc());
            texts("polygon", a.polygons());
            texts("circle", a.circles());
            namedValues("geocode", a.geocodes());
            decimal("altitude", a.altitude());
            decimal("ceiling", a.ceiling());
            end();
        }
        end();
    }

    private void namedValues(String name, List<CapMessage.NamedValue> values) throws XMLStreamException {
        for (CapMessage.NamedValue v : values) {
            start(name);
            required("valueName", v.valueName());
            required("value", v.value());
            end();
        }
    }

    private void start(String name) throws XMLStreamException {
        newLine();
        out.writeStartElement(CapMessage.NAMESPACE, name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        newLine();
        out.writeEndElement();
    }

    private void newLine() throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void text(String name, String value) throws XMLStreamException {
        if (value != null) {
            required(name, value);
        }
    }

    private void required(String name, String value) throws XMLStreamException {
        newLine();
        out.writeStartElement(CapMessage.NAMESPACE, name);
        out.writeCharacters(value == null ? "" : value);
        out.writeEndElement();
    }

    private void texts(String name, List<String> values) throws XMLStreamException {
        for (String v : values) {
            text(name, v);
        }
    }

    private void time(String name, OffsetDateTime value) throws XMLStreamException {
        text(name, value == null ? null : format(value));
    }

    private void decimal(String name, BigDecimal value) throws XMLStreamException {
        text(name, value == null ? null : value.toPlainString());
    }
}

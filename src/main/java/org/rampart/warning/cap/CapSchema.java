package org.rampart.warning.cap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The OASIS CAP 1.2 schema, shipped on the classpath and loaded once without any external access. */
final class CapSchema {

    private static final Schema SCHEMA = load();

    private CapSchema() {
    }

    static Schema get() {
        return SCHEMA;
    }

    private static Schema load() {
        URL url = CapSchema.class.getResource("/cap/CAP-v1.2.xsd");
        if (url == null) {
            throw new IllegalStateException("cap/CAP-v1.2.xsd is missing from the classpath");
        }
        try (InputStream in = url.openStream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in, url.toExternalForm()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the CAP 1.2 schema cannot be loaded", e);
        }
    }
}

package org.rampart.warning.cap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.ValidatorHandler;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Read a CAP 1.2 message securely and check it: well-formed XML without any DOCTYPE (so no DTD or entity is ever
 * resolved), valid against the OASIS schema, and keeping the rules of the standard that the schema does not check.
 * Every problem names the element path and line. The encoding comes from the XML declaration.
 */
final class CapParser {

    /** The largest message accepted, embedded resources included. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PROBLEMS = 100;

    private static final Set<String> REPEATABLE = Set.of("info", "category", "responseType", "eventCode", "parameter",
            "resource", "area", "polygon", "circle", "geocode", "code");

    private CapParser() {
    }

    /** Parse and check a message; throws BadInputException listing every problem, or CapTooLargeException. */
    static CapMessage parse(byte[] xml) {
        if (xml.length > MAX_BYTES) {
            throw new CapTooLargeException(MAX_BYTES);
        }
        List<Problem> schemaProblems = new ArrayList<>();
        Element root = read(xml, schemaProblems);
        List<Problem> problems = new ArrayList<>(CapRules.check(root));
        // a rule's reason is more precise than the schema's for the same element
        Set<String> named = new java.util.HashSet<>();
        problems.forEach(p -> named.add(p.field()));
        schemaProblems.stream().filter(p -> !named.contains(p.field())).forEach(problems::add);
        problems.sort(java.util.Comparator.comparing((Problem p) -> p.line() == null ? 0 : p.line()));
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return toMessage(root);
    }

    private static BadInputException refused(List<Problem> problems) {
        List<Problem> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
        return new BadInputException("The CAP message is not valid: " + shown.get(0), shown);
    }

    /** An element of the message with its line, its path (such as {@code /alert/info[1]/area[2]}) and its text. */
    static final class Element {
        final String namespace;
        final String name;
        final int line;
        final String path;
        final List<Element> children = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Map<String, Integer> childCounts = new HashMap<>();

        Element(String namespace, String name, int line, String path) {
            this.namespace = namespace;
            this.name = name;
            this.line = line;
            this.path = path;
        }

        boolean isCap() {
            return CapMessage.NAMESPACE.equals(namespace);
        }

        /** The trimmed text content. */
        String text() {
            return text.toString().trim();
        }

        List<Element> all(String childName) {
            return children.stream().filter(c -> c.isCap() && c.name.equals(childName)).toList();
        }

        Element first(String childName) {
            return children.stream().filter(c -> c.isCap() && c.name.equals(childName)).findFirst().orElse(null);
        }

        /** The trimmed text of a child, or null when it is absent or empty. */
        String optional(String childName) {
            Element e = first(childName);
            return e == null || e.text().isEmpty() ? null : e.text();
        }

        /** The trimmed text of a child that must be there (the schema checked it); empty when absent. */
        String required(String childName) {
            Element e = first(childName);
            return e == null ? "" : e.text();
        }
    }

    private static Element read(byte[] xml, List<Problem> problems) {
        TreeBuilder builder = new TreeBuilder(problems);
        try {
            XMLReader reader = secureParser().getXMLReader();
            reader.setContentHandler(builder);
            reader.setErrorHandler(builder);
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            throw refused(List.of(fatal(e)));
        } catch (SAXException | IOException e) {
            throw refused(List.of(Problem.at("message", "cap.xml.unreadable", e.getMessage())));
        }
        if (builder.root == null) {
            throw refused(List.of(Problem.at("message", "cap.xml.no-root")));
        }
        return builder.root;
    }

    private static Problem fatal(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Integer line = e.getLineNumber() > 0 ? e.getLineNumber() : null;
        if (message.contains("DOCTYPE")) {
            return line == null ? Problem.at("DOCTYPE", "cap.xml.doctype") : Problem.atLine(line, "DOCTYPE", "cap.xml.doctype");
        }
        return line == null ? Problem.at("message", "cap.xml.malformed", message)
                : Problem.atLine(line, "message", "cap.xml.malformed", message);
    }

    /** A SAX parser that refuses any DOCTYPE and never reaches outside the message. */
    static SAXParser secureParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be configured securely", e);
        }
    }

    /** Builds the element tree and feeds the same events to the schema validator, so errors know their path. */
    private static final class TreeBuilder extends DefaultHandler {
        private final List<Problem> problems;
        private final ValidatorHandler validator;
        private final Deque<Element> stack = new ArrayDeque<>();
        private Locator locator;
        private Element root;

        TreeBuilder(List<Problem> problems) {
            this.problems = problems;
            this.validator = CapSchema.get().newValidatorHandler();
            try {
                validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            } catch (SAXException e) {
                throw new IllegalStateException("the CAP validator cannot be configured securely", e);
            }
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make a message invalid
                }

                @Override
                public void error(SAXParseException e) {
                    schemaProblem(e);
                }

                @Override
                public void fatalError(SAXParseException e) {
                    schemaProblem(e);
                }
            });
        }

        private void schemaProblem(SAXParseException e) {
            String path = stack.isEmpty() ? "message" : stack.peek().path;
            Integer line = e.getLineNumber() > 0 ? e.getLineNumber() : null;
            String reason = e.getMessage() == null ? "is not valid" : e.getMessage();
            // "cvc-type.3.1.3" only repeats the facet error just reported for the same element
            if (reason.startsWith("cvc-type.3.1.3") && !problems.isEmpty()
                    && path.equals(problems.get(problems.size() - 1).field())) {
                return;
            }
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(line == null ? Problem.at(path, "cap.schema", reason) : Problem.atLine(line, path, "cap.schema", reason));
            }
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            validator.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            validator.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            validator.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            validator.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            validator.endPrefixMapping(prefix);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            Element parent = stack.peek();
            String path;
            if (parent == null) {
                path = "/" + localName;
            } else {
                int index = parent.childCounts.merge(localName, 1, Integer::sum);
                path = parent.path + "/" + localName + (REPEATABLE.contains(localName) ? "[" + index + "]" : "");
            }
            Element element = new Element(uri, localName, locator == null ? 0 : locator.getLineNumber(), path);
            if (parent == null) {
                root = element;
            } else {
                parent.children.add(element);
            }
            stack.push(element);
            validator.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            validator.endElement(uri, localName, qName);
            stack.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!stack.isEmpty()) {
                stack.peek().text.append(ch, start, length);
            }
            validator.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            validator.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            validator.processingInstruction(target, data);
        }
    }

    // --- from the checked tree to the model ---

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    static OffsetDateTime dateTime(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text, DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static CapMessage toMessage(Element alert) {
        return new CapMessage(alert.required("identifier"), alert.required("sender"),
                dateTime(alert.required("sent")), alert.required("status"), alert.required("msgType"),
                alert.optional("source"), alert.required("scope"), alert.optional("restriction"),
                alert.optional("addresses"), texts(alert, "code"), alert.optional("note"), alert.optional("references"),
                alert.optional("incidents"), map(alert.all("info"), CapParser::info));
    }

    private static CapMessage.Info info(Element e) {
        return new CapMessage.Info(e.optional("language"), texts(e, "category"), e.required("event"),
                texts(e, "responseType"), e.required("urgency"), e.required("severity"), e.required("certainty"),
                e.optional("audience"), map(e.all("eventCode"), CapParser::namedValue),
                dateTime(e.optional("effective")), dateTime(e.optional("onset")), dateTime(e.optional("expires")),
                e.optional("senderName"), e.optional("headline"), e.optional("description"), e.optional("instruction"),
                e.optional("web"), e.optional("contact"), map(e.all("parameter"), CapParser::namedValue),
                map(e.all("resource"), CapParser::resource), map(e.all("area"), CapParser::area));
    }

    private static CapMessage.NamedValue namedValue(Element e) {
        return new CapMessage.NamedValue(e.required("valueName"), e.required("value"));
    }

    private static CapMessage.Resource resource(Element e) {
        String size = e.optional("size");
        return new CapMessage.Resource(e.required("resourceDesc"), e.required("mimeType"),
                size == null ? null : Long.valueOf(size), e.optional("uri"), e.optional("derefUri"), e.optional("digest"));
    }

    private static CapMessage.Area area(Element e) {
        String altitude = e.optional("altitude");
        String ceiling = e.optional("ceiling");
        return new CapMessage.Area(e.required("areaDesc"), texts(e, "polygon"), texts(e, "circle"),
                map(e.all("geocode"), CapParser::namedValue), altitude == null ? null : new BigDecimal(altitude),
                ceiling == null ? null : new BigDecimal(ceiling));
    }

    private static List<String> texts(Element e, String name) {
        return e.all(name).stream().map(Element::text).filter(t -> !t.isEmpty()).toList();
    }

    private static <T> List<T> map(List<Element> elements, Function<Element, T> mapper) {
        return elements.stream().map(mapper).toList();
    }
}

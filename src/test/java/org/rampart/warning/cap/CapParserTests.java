package org.rampart.warning.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.rampart.warning.WarningFixtures.english;

import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;

class CapParserTests {

    static Stream<Path> validFiles() {
        return CapFiles.valid().stream();
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void everySharedValidFileParsesAndValidates(Path file) {
        CapMessage message = CapParser.parse(CapFiles.read(file));
        assertThat(message.identifier()).isNotBlank();
        assertThat(message.sent()).isNotNull();
        assertThat(message.infos()).allSatisfy(i -> assertThat(i.event()).isNotBlank());
    }

    @Test
    void isoLatin1FileIsReadInItsDeclaredEncodingAndItsSignatureIsAccepted() {
        CapMessage m = CapParser.parse(CapFiles.read(CapFiles.DIR.resolve("valid/google-cap-library_earthquake-iso8859-1.cap")));
        assertThat(m.infos().get(0).headline()).isEqualTo("EQ 4.6 Usulután, Usulután, El Salvador - PRELIMINARY REPORT");
        assertThat(m.infos().get(0).areas().get(0).circles()).containsExactly("12.747,-88.783 0.0");
    }

    @Test
    void prefixedMessageWithTwoInfosAndAnEmptyParameterValue() {
        CapMessage m = CapParser.parse(CapFiles.read(CapFiles.DIR.resolve("valid/google-cap-library_australia.cap")));
        assertThat(m.identifier()).isEqualTo("tag:www.rfs.nsw.gov.au2011-10-06:40184");
        assertThat(m.sent().getOffset().getTotalSeconds()).isEqualTo(10 * 3600);
        assertThat(m.infos()).hasSize(2);
        assertThat(m.infos().get(0).categories()).containsExactly("Fire", "Met");
        assertThat(m.infos().get(0).parameters()).contains(new CapMessage.NamedValue("AllocatedResources", ""));
        assertThat(m.infos().get(1).areas().get(0).geocodes()).containsExactly(
                new CapMessage.NamedValue("http://www.psma.com.au/?product=postcode-boundaries", "2642"));
    }

    @Test
    void emptyOptionalElementsAreAbsentInTheModel() {
        CapMessage m = CapParser.parse(CapFiles.read(CapFiles.DIR.resolve("valid/google-cap-library_canada.cap")));
        assertThat(m.restriction()).isNull();
        assertThat(m.addresses()).isNull();
        assertThat(m.note()).isNull();
        assertThat(m.incidents()).isNull();
        assertThat(m.infos().get(0).contact()).isNull();
        assertThat(m.references()).startsWith("cap@ec.gc.ca,2.49.0.1.124.a3f342a4.2012,");
    }

    @Test
    void languagesAreChosenByLocale() {
        CapMessage m = CapParser.parse(CapFiles.read(CapFiles.DIR.resolve("valid/oasiscap_v1dot2_appendix_adot4.xml")));
        assertThat(m.info(java.util.Locale.forLanguageTag("es")).orElseThrow().headline()).startsWith("Alerta Amber");
        assertThat(m.info(java.util.Locale.ENGLISH).orElseThrow().headline()).startsWith("Amber Alert");
        assertThat(m.info(java.util.Locale.SIMPLIFIED_CHINESE).orElseThrow().headline()).startsWith("Amber Alert");
    }

    @Test
    void missingScopeIsRefusedBySchemaWithPathAndLine() {
        BadInputException e = refused(CapFiles.read(CapFiles.invalid("google-cap-library_invalid.cap")));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("/alert/info[1]");
            assertThat(p.line()).isEqualTo(9);
            assertThat(english(p)).contains("scope");
        });
    }

    @Test
    void updateWithEmptyReferencesIsRefused() {
        BadInputException e = refused(CapFiles.read(CapFiles.invalid("google-cap-library_canada_errors.cap")));
        assertThat(e.problems()).containsExactly(Problem.atLine(12, "/alert/references", "cap.references.required", "Update"));
        assertThat(english(e.problems().get(0))).isEqualTo(
                "is required and must not be empty when msgType is Update: list the earlier messages as sender,identifier,sent");
    }

    @Test
    void doctypeIsRefusedWithoutResolvingAnythingOrTouchingTheNetwork(@TempDir Path dir) throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "<!ENTITY % send \"\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Path secret = dir.resolve("secret.txt");
            Files.writeString(secret, "TOP-SECRET-CONTENT");
            String original = new String(CapFiles.read(CapFiles.invalid("google-cap-library_xee.cap")), StandardCharsets.UTF_8);
            String local = original.replace("localhost:8080", "127.0.0.1:" + server.getAddress().getPort())
                    .replace("file:///etc/passwd", secret.toUri().toString())
                    .replace("<!ENTITY xxe SYSTEM \"http", "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"><!ENTITY unused SYSTEM \"http");
            for (String xml : new String[] {original, local}) {
                BadInputException e = refused(xml.getBytes(StandardCharsets.UTF_8));
                assertThat(e.problems()).hasSize(1);
                assertThat(e.problems().get(0).field()).isEqualTo("DOCTYPE");
                assertThat(e.problems().get(0).line()).isEqualTo(3);
                assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
            }
            // without the DOCTYPE: XInclude and schemaLocation hints are not followed either
            String noDoctype = local.replaceAll("(?s)<!DOCTYPE.*?]>", "").replace("&xxe;", "");
            BadInputException e = refused(noDoctype.getBytes(StandardCharsets.UTF_8));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("/alert/x"));
            assertThat(e.toString()).doesNotContain("TOP-SECRET");
            assertThat(hits.get()).isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void zuluTimesAreRefusedWithOneReasonEach() {
        String xml = alert("<sent>2026-05-01T08:00:00Z</sent>", "<expires>2026-05-01T09:00:00Z</expires>", "");
        BadInputException e = refused(xml);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("/alert/sent", "/alert/info[1]/expires");
        assertThat(e.problems()).allSatisfy(p -> assertThat(english(p)).contains("never Z"));
    }

    @Test
    void badDateTimeAndCommaOffsetAreRefused() {
        assertThat(english(refused(alert("<sent>2026-05-01T08:00:00,08:00</sent>", "", "")).problems().get(0)))
                .contains("must be a date and time");
    }

    @Test
    void openPolygonIsRefused() {
        BadInputException e = refused(alert(SENT, "", "<polygon>30,110 30,111 31,111 31,110</polygon>"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("/alert/info[1]/area[1]/polygon[1]");
            assertThat(p.line()).isEqualTo(16);
            assertThat(english(p)).contains("must be closed");
        });
    }

    @Test
    void shortOrOutOfRangePolygonsAreRefused() {
        assertThat(english(refused(alert(SENT, "", "<polygon>30,110 30,111 30,110</polygon>")).problems().get(0)))
                .contains("at least 4");
        assertThat(english(refused(alert(SENT, "", "<polygon>30,110 30,181 31,111 30,110</polygon>")).problems().get(0)))
                .contains("out of range");
        assertThat(english(refused(alert(SENT, "", "<polygon>30;110 30,111 31,111 30;110</polygon>")).problems().get(0)))
                .contains("not a lat,lon pair");
    }

    @Test
    void badCirclesAreRefused() {
        assertThat(english(refused(alert(SENT, "", "<circle>30,110 -1</circle>")).problems().get(0)))
                .contains("zero or more");
        assertThat(english(refused(alert(SENT, "", "<circle>30,110</circle>")).problems().get(0)))
                .contains("'lat,lon radius'");
        assertThat(english(refused(alert(SENT, "", "<circle>95,110 10</circle>")).problems().get(0)))
                .contains("out of range");
        assertThat(english(refused(alert(SENT, "", "<circle>30,110 ten</circle>")).problems().get(0)))
                .contains("number of km");
        CapParser.parse(alert(SENT, "", "<circle>30,110 0</circle>").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void identifierAndSenderMustNotHoldSpacesCommasLessThanOrAmpersand() {
        for (String bad : new String[] {"a b", "a,b", "a&amp;b", "a&lt;b"}) {
            String xml = alert(SENT, "", "").replace("<identifier>ID-1</identifier>", "<identifier>" + bad + "</identifier>");
            assertThat(refused(xml).problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("/alert/identifier");
                assertThat(english(p)).contains("must not contain spaces, commas");
            });
        }
        String xml = alert(SENT, "", "").replace("<sender>s@example.org</sender>", "<sender>s @example.org</sender>");
        assertThat(refused(xml).problems()).extracting(Problem::field).containsExactly("/alert/sender");
    }

    @Test
    void privateScopeNeedsAddresses() {
        String xml = alert(SENT, "", "").replace("<scope>Public</scope>", "<scope>Private</scope>");
        assertThat(refused(xml).problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("/alert/addresses");
            assertThat(english(p)).contains("scope is Private");
        });
        CapParser.parse(xml.replace("<scope>Private</scope>", "<scope>Private</scope><addresses>ops@example.org</addresses>")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void referencesMustBeTriplets() {
        String xml = alert(SENT, "", "").replace("<msgType>Alert</msgType>", "<msgType>Cancel</msgType>")
                .replace("<scope>Public</scope>", "<scope>Public</scope><references>a,b</references>");
        assertThat(english(refused(xml).problems().get(0))).contains("'a,b' is not a sender,identifier,sent triplet");
        CapParser.parse(xml.replace("a,b", "s@example.org,ID-0,2026-05-01T07:00:00+08:00").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oversizeMessageIsRefusedBeforeParsing() {
        byte[] big = new byte[CapParser.MAX_BYTES + 1];
        assertThatThrownBy(() -> CapParser.parse(big)).isInstanceOf(CapTooLargeException.class).hasMessageContaining("5 MB");
    }

    @Test
    void largeEmbeddedResourceUnderTheLimitIsAccepted() {
        String deref = "A".repeat(3 * 1024 * 1024);
        String xml = alert(SENT, "<resource><resourceDesc>map</resourceDesc><mimeType>image/png</mimeType>"
                + "<size>3145728</size><derefUri>" + deref + "</derefUri></resource>", "");
        CapMessage m = CapParser.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(m.infos().get(0).resources().get(0).derefUri()).hasSize(deref.length());
    }

    @Test
    void notXmlIsRefusedWithTheLine() {
        BadInputException e = refused("<?xml version=\"1.0\"?>\n<alert>\n<oops></alert>".getBytes(StandardCharsets.UTF_8));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(english(p)).contains("not well-formed");
        });
    }

    @Test
    void aForeignRootIsRefusedBySchema() {
        assertThat(english(refused("<alert><identifier>x</identifier></alert>".getBytes(StandardCharsets.UTF_8))
                .problems().get(0))).contains("schema");
    }

    static final String SENT = "<sent>2026-05-01T08:00:00+08:00</sent>";

    /** A small valid message with the sent element, elements after certainty (line 14) and area elements (line 16). */
    static String alert(String sent, String infoExtra, String areaExtra) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                  <identifier>ID-1</identifier>
                  <sender>s@example.org</sender>
                  %s
                  <status>Actual</status>
                  <msgType>Alert</msgType>
                  <scope>Public</scope>
                  <info>
                    <category>Met</category>
                    <event>Rainstorm</event>
                    <urgency>Expected</urgency>
                    <severity>Severe</severity>
                    <certainty>Likely</certainty>%s
                    <area><areaDesc>Somewhere</areaDesc>
                %s</area>
                  </info>
                </alert>
                """.formatted(sent, infoExtra, areaExtra);
    }

    private static BadInputException refused(String xml) {
        return refused(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static BadInputException refused(byte[] xml) {
        BadInputException e = catchThrowableOfType(BadInputException.class, () -> CapParser.parse(xml));
        assertThat(e).as("refused").isNotNull();
        return e;
    }
}

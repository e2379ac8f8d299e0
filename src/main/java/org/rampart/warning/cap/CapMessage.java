package org.rampart.warning.cap;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A CAP 1.2 alert as read from or written to XML. Optional elements that are absent or empty are null; lists are
 * never null. Enumerated values (status, msgType, scope, category, urgency, ...) keep their CAP spelling.
 */
record CapMessage(String identifier, String sender, OffsetDateTime sent, String status, String msgType, String source,
        String scope, String restriction, String addresses, List<String> codes, String note, String references,
        String incidents, List<Info> infos) {

    static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

    CapMessage {
        codes = List.copyOf(codes);
        infos = List.copyOf(infos);
    }

    /** One {@code <info>} block: the texts of the alert in one language. */
    record Info(String language, List<String> categories, String event, List<String> responseTypes, String urgency,
            String severity, String certainty, String audience, List<NamedValue> eventCodes, OffsetDateTime effective,
            OffsetDateTime onset, OffsetDateTime expires, String senderName, String headline, String description,
            String instruction, String web, String contact, List<NamedValue> parameters, List<Resource> resources,
            List<Area> areas) {

        Info {
            categories = List.copyOf(categories);
            responseTypes = List.copyOf(responseTypes);
            eventCodes = List.copyOf(eventCodes);
            parameters = List.copyOf(parameters);
            resources = List.copyOf(resources);
            areas = List.copyOf(areas);
        }

        /** The language tag, or CAP's default en-US when the block names none. */
        String languageOrDefault() {
            return language == null ? "en-US" : language;
        }
    }

    /** A valueName/value pair: eventCode, parameter or geocode. */
    record NamedValue(String valueName, String value) {
    }

    record Resource(String resourceDesc, String mimeType, Long size, String uri, String derefUri, String digest) {
    }

    /** An affected area: polygons as "lat,lon lat,lon ..." and circles as "lat,lon radius-km", as written in CAP. */
    record Area(String areaDesc, List<String> polygons, List<String> circles, List<NamedValue> geocodes,
            BigDecimal altitude, BigDecimal ceiling) {

        Area {
            polygons = List.copyOf(polygons);
            circles = List.copyOf(circles);
            geocodes = List.copyOf(geocodes);
        }
    }

    /** The info block in the locale's language (en matches en-US), else the first one; empty when there is none. */
    Optional<Info> info(Locale locale) {
        if (infos.isEmpty()) {
            return Optional.empty();
        }
        String wanted = locale == null ? "en" : locale.getLanguage();
        return infos.stream().filter(i -> i.languageOrDefault().toLowerCase(Locale.ROOT).split("-")[0].equals(wanted))
                .findFirst().or(() -> Optional.of(infos.get(0)));
    }
}

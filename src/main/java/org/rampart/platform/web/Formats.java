package org.rampart.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Formatting helpers for templates ({@code @fmt}): times in the site's time zone. */
@Component("fmt")
public class Formats {

    private final DateTimeFormatter time;
    private final DateTimeFormatter date;

    Formats(@Value("${rampart.time-zone:}") String zone) {
        ZoneId id = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(id);
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(id);
    }

    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }
}

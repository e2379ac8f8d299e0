package org.rampart.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ICalendarWriterTests {

    @Test
    void linesAreFoldedAt75OctetsWithoutSplittingCharactersAndTextIsEscaped() {
        String title = "督办事项：".repeat(20) + "a, b; c\\d\nend";
        String ics = new ICalendarWriter().begin("Feed").event("u1@h", Instant.parse("2026-12-03T10:15:30Z"), 2,
                LocalDate.of(2026, 12, 31), title, null, "http://h/tasks/1", "TENTATIVE").end();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("DTSTAMP:20261203T101530Z\r\n", "DTSTART;VALUE=DATE:20261231\r\n",
                "DTEND;VALUE=DATE:20270101\r\n", "SEQUENCE:2\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + "督办事项：".repeat(20) + "a\\, b\\; c\\\\d\\nend\r\n");
    }
}

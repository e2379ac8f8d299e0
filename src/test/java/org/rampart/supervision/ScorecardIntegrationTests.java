package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.UnitManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scorecard over a past period, computed from the tasks and their history: on time against the deadline in force,
 * average delay against the original deadline, approved and unapproved delay days, extension decisions, objections for
 * the unit that objected, the sent-back rate, the ranking, directive receipts confirmed on time, and the scope (a
 * sibling city's unit and its receipts never count for a city).
 */
@IntegrationTest
class ScorecardIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitManagement units;
    @Autowired
    UserManagement users;
    @Autowired
    SupervisionScorecard scorecards;
    @Autowired
    SupervisionBoard board;

    String weak;
    String strong;
    String sibling;
    String county;
    LocalDate from;
    LocalDate to;

    @BeforeEach
    void history() {
        BoardFixtures f = new BoardFixtures(jdbc, units);
        LocalDate today = board.today();
        from = today.minusDays(60);
        to = today.minusDays(31);
        LocalDate d0 = today.minusDays(50);
        weak = f.unit(Demo.CITY, "SW");
        strong = f.unit(Demo.CITY, "SG");
        sibling = f.unit(Demo.SIBLING_CITY, "SS");
        ZoneId zone = ZoneId.systemDefault();
        Instant at = d0.atStartOfDay(zone).toInstant();
        // weak: on time; late by 5 (sent back once); extended by 10, done 2 days after that; open and overdue; cancelled
        long onTime = f.task("on time", Demo.CITY, weak, d0).doneOn(d0.minusDays(1)).save();
        f.event(onTime, "SUBMITTED", weak, at);
        f.event(onTime, "OBJECTED", strong, at);
        long lateFive = f.task("late 5", Demo.CITY, weak, d0).doneOn(d0.plusDays(5)).save();
        f.event(lateFive, "SUBMITTED", weak, at);
        f.event(lateFive, "SENT_BACK", null, at);
        f.event(lateFive, "SUBMITTED", weak, at);
        long extended = f.task("extended", Demo.CITY, weak, d0.plusDays(10)).original(d0).doneOn(d0.plusDays(12)).save();
        f.event(extended, "EXTENSION_APPROVED", null, at);
        f.event(extended, "EXTENSION_REFUSED", null, at);
        f.event(extended, "SUBMITTED", weak, at);
        f.task("open", Demo.CITY, weak, d0).status(TaskStatus.IN_PROGRESS).save();
        f.task("cancelled", Demo.CITY, weak, d0).status(TaskStatus.CANCELLED).save();
        // outside the period
        f.task("later", Demo.CITY, weak, today.minusDays(5)).doneOn(today.minusDays(1)).save();
        // strong: one task on time
        f.task("strong", Demo.CITY, strong, d0).doneOn(d0).save();
        f.task("sibling", Demo.SIBLING_CITY, sibling, d0).doneOn(d0).save();
        // directive receipts due on d0: weak confirmed one in time, one two days late, never the third; strong at the
        // deadline itself; a county unit (no task) in time; the sibling city's unit in time; one of weak's due later
        Instant due = d0.atTime(12, 0).atZone(zone).toInstant();
        county = f.unit(Demo.COUNTY, "SC");
        f.receipt(weak, due, due.minusSeconds(86_400));
        f.receipt(weak, due, due.plusSeconds(2 * 86_400));
        f.receipt(weak, due, null);
        f.receipt(strong, due, due);
        f.receipt(county, due, due.minusSeconds(60));
        f.receipt(sibling, due, due.minusSeconds(3_600));
        Instant later = today.minusDays(5).atTime(12, 0).atZone(zone).toInstant();
        f.receipt(weak, later, later.minusSeconds(60));
    }

    private static Scorecard.Line line(java.util.List<Scorecard.Line> lines, String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    private Actor actor(String role, String place) {
        return users.loadForSignIn(Demo.user(role, place)).orElseThrow().actor();
    }

    @Test
    void figuresComeFromTheTasksAndTheirHistory() {
        Scorecard card = scorecards.scorecard(actor("coordinator", "city"), BoardFilter.NONE, from, to);
        long daysOpen = board.today().toEpochDay() - board.today().minusDays(50).toEpochDay();
        Scorecard.Line w = card.units().stream().filter(l -> l.code().equals(weak)).findFirst().orElseThrow();
        assertThat(w.tasks()).isEqualTo(4);
        assertThat(w.onTime()).isEqualTo(1);
        assertThat(w.late()).isEqualTo(3);
        assertThat(w.pending()).isZero();
        assertThat(w.onTimeRate()).isCloseTo(0.25, within(1e-9));
        // delays past the original deadline: 0, 5, 12, and the open task's days so far
        assertThat(w.averageDelayDays()).isCloseTo((0 + 5 + 12 + daysOpen) / 4.0, within(1e-9));
        assertThat(w.approvedDelayDays()).isEqualTo(10);
        assertThat(w.unapprovedDelayDays()).isEqualTo(5 + 2 + daysOpen);
        assertThat(w.extensionsApproved()).isEqualTo(1);
        assertThat(w.extensionsRefused()).isEqualTo(1);
        assertThat(w.objections()).isZero();
        assertThat(w.submissions()).isEqualTo(4);
        assertThat(w.sentBack()).isEqualTo(1);
        assertThat(w.sentBackRate()).isCloseTo(0.25, within(1e-9));
        assertThat(w.jurisdiction()).isEqualTo(Demo.CITY);

        Scorecard.Line s = card.units().stream().filter(l -> l.code().equals(strong)).findFirst().orElseThrow();
        assertThat(s.onTimeRate()).isEqualTo(1.0);
        assertThat(s.objections()).as("the objection counts for the unit that objected").isEqualTo(1);
        assertThat(s.rank()).isLessThan(w.rank());
        assertThat(card.units()).extracting(Scorecard.Line::code).doesNotContain(sibling);
        assertThat(card.jurisdictions()).extracting(Scorecard.Line::code).doesNotContain(Demo.SIBLING_CITY);

        Scorecard province = scorecards.scorecard(actor("coordinator", "province"), BoardFilter.NONE, from, to);
        assertThat(province.units()).extracting(Scorecard.Line::code).contains(sibling, weak, strong);
        assertThat(province.jurisdictions()).extracting(Scorecard.Line::code).contains(Demo.CITY, Demo.SIBLING_CITY);
    }

    @Test
    void directivesConfirmedOnTimeCountForTheReceivingUnitAndItsJurisdictionWithinTheScope() {
        Scorecard card = scorecards.scorecard(actor("coordinator", "city"), BoardFilter.NONE, from, to);
        Scorecard.Line w = line(card.units(), weak);
        assertThat(w.receiptsDue()).as("the receipt due later is outside the period").isEqualTo(3);
        assertThat(w.receiptsOnTime()).as("late and never confirmed are not on time").isEqualTo(1);
        assertThat(w.receiptsOnTimeRate()).isCloseTo(1.0 / 3, within(1e-9));
        Scorecard.Line s = line(card.units(), strong);
        assertThat(s.receiptsDue()).isEqualTo(1);
        assertThat(s.receiptsOnTime()).as("confirmed at the deadline itself").isEqualTo(1);
        assertThat(s.receiptsOnTimeRate()).isEqualTo(1.0);
        Scorecard.Line c = line(card.units(), county);
        assertThat(c.tasks()).isZero();
        assertThat(c.rank()).as("receipts alone do not rank").isZero();
        assertThat(c.receiptsOnTime()).isEqualTo(1);
        assertThat(c.jurisdiction()).isEqualTo(Demo.COUNTY);
        assertThat(line(card.jurisdictions(), Demo.COUNTY).receiptsDue()).isGreaterThanOrEqualTo(1);
        assertThat(card.units()).extracting(Scorecard.Line::code).doesNotContain(sibling);
        assertThat(card.jurisdictions()).extracting(Scorecard.Line::code).doesNotContain(Demo.SIBLING_CITY);
        assertThat(card.total().receiptsDue()).isEqualTo(card.jurisdictions().stream()
                .mapToInt(Scorecard.Line::receiptsDue).sum());

        // the province sees both cities; the city's scorecard counts exactly the receipts in the city
        Scorecard province = scorecards.scorecard(actor("coordinator", "province"), BoardFilter.NONE, from, to);
        Scorecard.Line cityLine = line(province.jurisdictions(), Demo.CITY);
        assertThat(card.total().receiptsDue()).isEqualTo(cityLine.receiptsDue());
        assertThat(card.total().receiptsOnTime()).isEqualTo(cityLine.receiptsOnTime());
        assertThat(line(province.units(), sibling).receiptsOnTime()).isEqualTo(1);
        assertThat(line(province.jurisdictions(), Demo.SIBLING_CITY).receiptsDue()).isGreaterThanOrEqualTo(1);
        assertThat(province.total().receiptsDue()).isGreaterThan(card.total().receiptsDue());

        // narrowed to one unit, and to the county
        Scorecard one = scorecards.scorecard(actor("coordinator", "city"), BoardFilter.parse(null, null, null, null,
                weak, null), from, to);
        assertThat(one.total().receiptsDue()).isEqualTo(3);
        assertThat(one.total().receiptsOnTime()).isEqualTo(1);
        Scorecard below = scorecards.scorecard(actor("coordinator", "city"), BoardFilter.parse(Demo.COUNTY, null, null,
                null, null, null), from, to);
        assertThat(below.units()).extracting(Scorecard.Line::code).contains(county).doesNotContain(weak, strong);
    }

    @Test
    void aReversedOrOverlongPeriodIsBadInput() {
        Actor city = actor("coordinator", "city");
        assertThatThrownBy(() -> scorecards.scorecard(city, BoardFilter.NONE, to, from))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.code()).containsExactly("supervision.scorecard.period-reversed"));
        assertThatThrownBy(() -> scorecards.scorecard(city, BoardFilter.NONE, from.minusYears(4), to))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.code()).containsExactly("supervision.scorecard.period-too-long"));
    }

    @Test
    void pagesApiAndExportShowTheRanking() throws Exception {
        Http http = Sessions.signedIn(port, "coordinator", "city");
        String q = "?from=" + from + "&to=" + to;
        Http.Response api = http.get("/api/v1/supervision/scorecard" + q);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains(weak, strong).doesNotContain(sibling);
        tools.jackson.databind.JsonNode weakJson = null;
        for (tools.jackson.databind.JsonNode l : tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(api.body()).path("units")) {
            weakJson = weak.equals(l.path("code").asString()) ? l : weakJson;
        }
        assertThat(weakJson).isNotNull();
        assertThat(weakJson.path("receiptsDue").asInt()).isEqualTo(3);
        assertThat(weakJson.path("receiptsOnTime").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/supervision/scorecard?from=2026-02-30").status()).isEqualTo(400);
        Http.Response page = http.get("/supervision/scorecard" + q);
        assertThat(page.body()).contains("Scorecard", "Unit " + weak, "data-scorecard-chart",
                "Directives confirmed on time", "33.3% (1/3)").doesNotContain(sibling);
        assertThat(http.get("/supervision/scorecard" + q + "&by=jurisdiction").body()).contains(Demo.CITY);
        http.postForm("/account/language", java.util.Map.of("lang", "zh", "redirect", "/"));
        String zh = http.get("/supervision/scorecard" + q).body();
        http.postForm("/account/language", java.util.Map.of("lang", "en", "redirect", "/"));
        assertThat(zh).contains("考核排名", "文件按时签收率");
        byte[] xlsx = http.bytes("/supervision/scorecard/export.xlsx" + q);
        boolean weakFound = false;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Row head = book.getSheetAt(0).getRow(0);
            assertThat(head.getCell(18).getStringCellValue()).isEqualTo("Directive receipts due");
            assertThat(head.getCell(20).getStringCellValue()).isEqualTo("Directives confirmed on time (share)");
            for (Row row : book.getSheetAt(0)) {
                String code = row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue();
                assertThat(code).isNotEqualTo(sibling);
                if (code.equals(weak)) {
                    weakFound = true;
                    assertThat(row.getCell(18).getNumericCellValue()).isEqualTo(3);
                    assertThat(row.getCell(19).getNumericCellValue()).isEqualTo(1);
                    assertThat(row.getCell(20).getNumericCellValue()).isCloseTo(1.0 / 3, within(1e-9));
                }
            }
        }
        assertThat(weakFound).isTrue();
    }
}

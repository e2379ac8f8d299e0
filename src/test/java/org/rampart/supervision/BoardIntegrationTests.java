package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.UnitManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.PageQuery;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervision board against tasks of the fixture's own units: bands on the day (green, yellow, red; a submitted
 * task measured on the day it was submitted), counts by status, unit and jurisdiction, the drill-down list, the
 * cascade tree, the XLSX export, and the scope: a sibling city's task never appears for a city, a county sees the
 * tasks of its unit assigned from above, never its city's other tasks.
 */
@IntegrationTest
class BoardIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitManagement unitManagement;
    @Autowired
    UserManagement users;
    @Autowired
    SupervisionBoard board;

    BoardFixtures fixtures;
    String cityUnit;
    String siblingUnit;
    long green;
    long soon;
    long slightlyLate;
    long late;
    long submitted;
    long done;
    long sibling;
    long fromAbove;
    long parent;
    long countyChild;
    long otherCountyChild;
    String tag;

    @BeforeEach
    void tasks() {
        fixtures = new BoardFixtures(jdbc, unitManagement);
        LocalDate today = board.today();
        tag = Sessions.uniqueCode("BRD");
        cityUnit = fixtures.unit(Demo.CITY, "BC");
        siblingUnit = fixtures.unit(Demo.SIBLING_CITY, "BS");
        green = fixtures.task(tag + " green", Demo.CITY, cityUnit, today.plusDays(10)).save();
        soon = fixtures.task(tag + " soon", Demo.CITY, cityUnit, today.plusDays(1)).status(TaskStatus.IN_PROGRESS)
                .priority("URGENT").save();
        slightlyLate = fixtures.task(tag + " slightly late", Demo.CITY, cityUnit, today.minusDays(2)).save();
        late = fixtures.task(tag + " late", Demo.CITY, cityUnit, today.minusDays(10)).status(TaskStatus.ASSIGNED)
                .source("MEETING_DECISION").save();
        submitted = fixtures.task(tag + " submitted", Demo.CITY, cityUnit, today.minusDays(10))
                .status(TaskStatus.SUBMITTED).submittedOn(today.minusDays(11)).save();
        done = fixtures.task(tag + " done", Demo.CITY, cityUnit, today.minusDays(10)).doneOn(today.minusDays(12)).save();
        sibling = fixtures.task(tag + " sibling", Demo.SIBLING_CITY, siblingUnit, today.minusDays(10)).save();
        fromAbove = fixtures.task(tag + " from above", Demo.PROVINCE, "DP-EM", today.minusDays(5))
                .assisting("DP-01-01-EM").save();
        parent = fixtures.task(tag + " parent", Demo.CITY, cityUnit, today.plusDays(20)).save();
        countyChild = fixtures.task(tag + " county child", Demo.CITY, "DP-01-01-EM", today.plusDays(15)).parent(parent)
                .save();
        otherCountyChild = fixtures.task(tag + " other county child", Demo.CITY, "DP-01-02-EM", today.plusDays(15))
                .parent(parent).save();
    }

    private Actor actor(String role, String place) {
        return users.loadForSignIn(Demo.user(role, place)).orElseThrow().actor();
    }

    @Test
    void bandsCountOpenTasksOfAUnitOnTheDay() {
        Board b = board.board(actor("coordinator", "city"), BoardFilter.parse(null, null, null, null, cityUnit, null));
        // green: green and parent; yellow: soon, slightly late, submitted (measured on its submission day); red: late
        assertThat(b.bands()).containsEntry(DueBand.GREEN, 2).containsEntry(DueBand.YELLOW, 3)
                .containsEntry(DueBand.RED, 1);
        assertThat(b.open()).isEqualTo(6);
        assertThat(b.byStatus()).filteredOn(r -> r.code().equals("ASSIGNED")).singleElement()
                .satisfies(r -> assertThat(r.red()).isEqualTo(1));
        assertThat(b.byStatus()).filteredOn(r -> r.code().equals("SUBMITTED")).singleElement()
                .satisfies(r -> assertThat(r.yellow()).isEqualTo(1));
        assertThat(b.byUnit()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(cityUnit);
            assertThat(r.nameZh()).isEqualTo("单位" + cityUnit);
            assertThat(r.jurisdiction()).isEqualTo(Demo.CITY);
        });
        // the city itself, counted below the city's scope root
        assertThat(b.place()).isEqualTo(Demo.CITY);
        assertThat(b.byJurisdiction()).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo(Demo.CITY));
        assertThat(b.byDaysOverdue()).containsEntry("LEFT_MORE", 2).containsEntry("OVER_8_30", 1)
                .containsEntry("OVER_1_3", 1);
        Board urgent = board.board(actor("coordinator", "city"), BoardFilter.parse(null, null, "urgent", null, cityUnit, null));
        assertThat(urgent.open()).isEqualTo(1);
    }

    @Test
    void drillDownListsTheTasksBehindAFigureMostOverdueFirst() {
        var red = board.tasks(actor("coordinator", "city"), BoardFilter.parse(null, null, null, null, cityUnit, "RED"),
                PageQuery.of(0, 50));
        assertThat(red.items()).extracting(BoardTask::id).containsExactly(late);
        var yellow = board.tasks(actor("coordinator", "city"), BoardFilter.parse(null, null, null, null, cityUnit, "YELLOW"),
                PageQuery.of(0, 50));
        assertThat(yellow.items()).extracting(BoardTask::id).containsExactly(slightlyLate, submitted, soon);
        assertThat(yellow.items().get(0).daysOverdue()).isEqualTo(2);
        assertThat(yellow.items()).noneMatch(t -> t.id() == done);
    }

    @Test
    void aSiblingCitysTasksNeverReachTheCity() throws Exception {
        Actor city = actor("coordinator", "city");
        assertThatThrownBy(() -> board.board(city, BoardFilter.parse(null, null, null, null, siblingUnit, null)))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.code()).containsExactly("unit.unknown"));
        assertThatThrownBy(() -> board.board(city, BoardFilter.parse(Demo.SIBLING_CITY, null, null, null, null, null)))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.code()).containsExactly("jurisdiction.unknown"));
        assertThatThrownBy(() -> board.tree(city, sibling)).isInstanceOf(NotFoundException.class);
        assertThat(board.export(city, BoardFilter.NONE)).extracting(BoardTask::id).doesNotContain(sibling)
                .contains(late, countyChild, otherCountyChild);
        // the province sees it
        Board province = board.board(actor("coordinator", "province"),
                BoardFilter.parse(null, null, null, null, siblingUnit, null));
        assertThat(province.bands()).containsEntry(DueBand.RED, 1);
        assertThat(province.byJurisdiction()).extracting(Board.Row::code).containsExactly(Demo.SIBLING_CITY);

        Http http = Sessions.signedIn(port, "coordinator", "city");
        Http.Response api = http.get("/api/v1/supervision/board?unit=" + siblingUnit);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("unit.unknown");
        List<Long> exported = xlsxIds(http.bytes("/supervision/board/export.xlsx"));
        assertThat(exported).contains(late, submitted).doesNotContain(sibling, done);
        assertThat(http.get("/api/v1/supervision/board/tree/" + sibling).status()).isEqualTo(404);
    }

    @Test
    void aCountySeesTheTasksOfItsUnitFromAboveButNotItsCitysOthers() {
        Actor county = actor("officer", "county");
        List<Long> visible = board.export(county, BoardFilter.NONE).stream().map(BoardTask::id).toList();
        assertThat(visible).contains(fromAbove, countyChild).doesNotContain(green, late, otherCountyChild, sibling, parent);
        // the cascade as the county sees it: its own branch only
        List<TaskTreeNode> tree = board.tree(county, countyChild);
        assertThat(tree).singleElement().satisfies(n -> {
            assertThat(n.task().id()).isEqualTo(countyChild);
            assertThat(n.children()).isEmpty();
        });
        assertThatThrownBy(() -> board.tree(county, otherCountyChild)).isInstanceOf(NotFoundException.class);
        // the city sees the whole cascade from its top
        List<TaskTreeNode> whole = board.tree(actor("coordinator", "city"), countyChild);
        assertThat(whole).singleElement().satisfies(n -> {
            assertThat(n.task().id()).isEqualTo(parent);
            assertThat(n.children()).extracting(c -> c.task().id()).containsExactly(countyChild, otherCountyChild);
            assertThat(n.openBelow()).isEqualTo(2);
        });
    }

    @Test
    void theApiAndThePagesAnswerWithTheBoard() throws Exception {
        Http http = Sessions.signedIn(port, "coordinator", "city");
        JsonNode b = JSON.readTree(http.get("/api/v1/supervision/board?unit=" + cityUnit).body());
        assertThat(b.get("bands").get("RED").asInt()).isEqualTo(1);
        assertThat(b.get("byUnit").get(0).get("nameEn").asString()).isEqualTo("Unit " + cityUnit);
        JsonNode list = JSON.readTree(http.get("/api/v1/supervision/board/tasks?band=red&unit=" + cityUnit).body());
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(late);
        assertThat(http.get("/api/v1/supervision/board/tasks?band=PURPLE").status()).isEqualTo(400);
        Http.Response bad = http.get("/api/v1/supervision/board?status=LOST");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("supervision.board.value-unknown");

        Http.Response page = http.get("/supervision/board?unit=" + cityUnit);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Supervision board", "Unit " + cityUnit, "data-board-chart");
        Http.Response tasks = http.get("/supervision/board/tasks?band=RED&unit=" + cityUnit);
        assertThat(tasks.body()).contains(tag + " late").doesNotContain(tag + " sibling");
        Http.Response tree = http.get("/supervision/board/tree/" + countyChild);
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.body()).contains(tag + " parent", tag + " county child", tag + " other county child");
        http.postForm("/account/language", java.util.Map.of("lang", "zh", "redirect", "/"));
        Http.Response zh = http.get("/supervision/board?unit=" + cityUnit);
        http.postForm("/account/language", java.util.Map.of("lang", "en", "redirect", "/"));
        assertThat(zh.body()).contains("督办看板", "单位" + cityUnit);
        Http.Response badPage = http.get("/supervision/board?unit=" + siblingUnit);
        assertThat(badPage.status()).isEqualTo(200);
        assertThat(badPage.body()).contains("Some filters could not be applied").doesNotContain(tag + " sibling");
    }

    private static List<Long> xlsxIds(byte[] xlsx) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    ids.add((long) row.getCell(0).getNumericCellValue());
                }
            }
        }
        return ids;
    }
}

package org.rampart.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserDraft;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.supervision.LadderFixtures;
import org.rampart.supervision.LadderManagement;
import org.rampart.supervision.SupervisionNotice;
import org.rampart.supervision.Task;
import org.rampart.supervision.TaskManagement;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The notice page, its API and its bilingual PDF: the lead unit sees and answers its notice once, a sibling county
 * gets 404 everywhere, strict JSON, and the PDF carries the Chinese text.
 */
@IntegrationTest
class NoticeWebIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    TaskManagement tasks;
    @Autowired
    LadderManagement ladder;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    UserManagement users;
    @Autowired
    JdbcClient jdbc;

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private SupervisionNotice overdueNotice() {
        ZoneId zone = ladder.zone();
        LocalDate today = LocalDate.now(zone);
        Task task = LadderFixtures.task(tasks, jurisdictions, jdbc, today.minusDays(10), today.minusDays(3), zone,
                List.of());
        jdbc.sql("update supervision_task set title_zh = '加固堤防' where id = :id").param("id", task.id()).update();
        ladder.pass(LadderFixtures.noon(today, zone));
        return ladder.noticesOf(Actor.system(), task.id()).get(0);
    }

    private Http sibling() {
        String name = Sessions.uniqueCode("sibling");
        users.create(Actor.system(), new UserDraft(name, "Sibling", EnumSet.of(Role.OFFICER), Demo.SIBLING_COUNTY,
                Demo.SIBLING_COUNTY + "-EM", "password-123", "en"));
        Http http = new Http(port);
        http.login(name, "password-123");
        return http;
    }

    @Test
    void theLeadUnitReadsAndAnswersItsNoticeOnPageAndApiAndASiblingCountySeesNothing() throws IOException {
        SupervisionNotice notice = overdueNotice();
        Http member = Sessions.signedIn(port, "officer", "county");

        Http.Response list = member.get("/supervision/notices");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(notice.number(), "To my unit");
        Http.Response page = member.get("/supervision/notices/" + notice.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Supervision notice " + notice.number(), "id=\"answerForm\"",
                notice.replyDue().toString(), "(2 working days, weekends not counted)");

        assertThat(member.get("/supervision/my-work").body()).as("my unit's work lists the notice to answer")
                .contains("Supervision notices to answer", notice.number());

        Http.Response empty = member.postForm("/supervision/notices/" + notice.id() + "/answer", Map.of("answer", " "));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"problems\"");

        Http.Response unknownMember = member.postJson("/api/v1/supervision/notices/" + notice.id() + "/answer",
                "{\"answer\":\"Done\",\"answr\":\"x\"}");
        assertThat(unknownMember.status()).as("strict JSON").isEqualTo(400);
        Http.Response answered = member.postJson("/api/v1/supervision/notices/" + notice.id() + "/answer",
                "{\"answer\":\"Gates repaired; final report on Friday\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("\"answered\":true", "\"answerLate\":false");
        Http.Response again = member.postJson("/api/v1/supervision/notices/" + notice.id() + "/answer",
                "{\"answer\":\"again\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("supervision.notice.answered");
        assertThat(member.get("/supervision/my-work").body()).doesNotContain(notice.number());
        assertThat(member.get("/supervision/notices/" + notice.id()).body())
                .contains("Gates repaired; final report on Friday").doesNotContain("id=\"answerForm\"");
        assertThat(member.get("/api/v1/tasks/" + notice.taskId() + "/notices").body()).contains(notice.number());

        Http city = Sessions.signedIn(port, "coordinator", "city");
        assertThat(city.get("/api/v1/supervision/notices/" + notice.id()).status()).isEqualTo(200);
        assertThat(city.get("/supervision/notices/" + notice.id()).body()).doesNotContain("id=\"answerForm\"");
        assertThat(city.postJson("/api/v1/supervision/notices/" + notice.id() + "/answer", "{\"answer\":\"x\"}")
                .status()).as("only the lead unit answers").isIn(400, 403);

        Http sibling = sibling();
        assertThat(sibling.get("/api/v1/supervision/notices/" + notice.id()).status()).isEqualTo(404);
        assertThat(sibling.get("/supervision/notices/" + notice.id()).status()).isEqualTo(404);
        assertThat(sibling.get("/api/v1/supervision/notices/" + notice.id() + "/pdf").status()).isEqualTo(404);
        assertThat(sibling.get("/api/v1/supervision/notices").body()).doesNotContain(notice.number());
        assertThat(sibling.get("/supervision/notices?all=true").body()).doesNotContain(notice.number());
    }

    @Test
    void theNoticePdfIsInBothLanguages() throws IOException {
        SupervisionNotice notice = overdueNotice();
        Http member = Sessions.signedIn(port, "officer", "county");
        byte[] pdf = member.bytes("/supervision/notices/" + notice.id() + ".pdf");
        String text = pdfText(pdf);
        assertThat(text).contains("督办单", "Supervision notice", notice.number(), "加固堤防", "逾期天数",
                "Days overdue", "答复期限", notice.replyDue().toString(), notice.deadline().toString(), "应急管理局");
        assertThat(pdfText(member.bytes("/api/v1/supervision/notices/" + notice.id() + "/pdf")))
                .contains(notice.number());
    }
}

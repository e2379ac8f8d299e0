package org.rampart.supervision.web;

import java.util.List;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.supervision.LadderManagement;
import org.rampart.supervision.SupervisionNotice;
import org.rampart.supervision.TaskManagement;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervision notices (督办单) of the ladder: list, read, the bilingual PDF, and the lead unit's answer. */
@RestController
@RequestMapping("/api/v1")
class NoticeApiController {

    private final LadderManagement ladder;
    private final TaskManagement tasks;
    private final NoticePdf pdf;

    NoticeApiController(LadderManagement ladder, TaskManagement tasks, NoticePdf pdf) {
        this.ladder = ladder;
        this.tasks = tasks;
        this.pdf = pdf;
    }

    /** The answer of the lead unit: what was done and when the work will be finished (up to 4,000 characters). */
    record AnswerBody(String answer) {
    }

    /**
     * The notices the caller sees, newest first (at most {@code limit}, 100 by default): only unanswered ones with
     * {@code unanswered=true}, only those addressed to the caller's own unit with {@code ownUnit=true}.
     */
    @GetMapping("/supervision/notices")
    List<NoticeView> list(@RequestParam(required = false) Boolean unanswered,
            @RequestParam(required = false) Boolean ownUnit, @RequestParam(required = false) Integer limit) {
        Actor actor = CurrentActor.get();
        return ladder.notices(actor, Boolean.TRUE.equals(unanswered), Boolean.TRUE.equals(ownUnit),
                limit == null ? 100 : limit).stream().map(n -> NoticeView.of(n, ladder.today())).toList();
    }

    @GetMapping("/supervision/notices/{id}")
    NoticeView get(@PathVariable long id) {
        return NoticeView.of(ladder.notice(CurrentActor.get(), id), ladder.today());
    }

    /** The notices of a task, newest first. */
    @GetMapping("/tasks/{id}/notices")
    List<NoticeView> ofTask(@PathVariable long id) {
        return ladder.noticesOf(CurrentActor.get(), id).stream().map(n -> NoticeView.of(n, ladder.today())).toList();
    }

    /** Answer the notice for its lead unit (members of that unit only, once). */
    @PostMapping("/supervision/notices/{id}/answer")
    NoticeView answer(@PathVariable long id, @RequestBody AnswerBody body) {
        return NoticeView.of(ladder.answer(CurrentActor.get(), id, body == null ? null : body.answer()),
                ladder.today());
    }

    /** What a pass of the ladder did: the steps taken and how long it took on the server. */
    record PassView(int steps, long millis) {
    }

    /**
     * Run the supervision ladder's timer pass now (administrators of the whole tree); it also runs on its own every
     * {@code rampart.supervision.ladder.poll}. Steps already taken are never taken again.
     */
    @PostMapping("/supervision/ladder/pass")
    PassView pass() {
        long start = System.nanoTime();
        int steps = ladder.passNow(CurrentActor.get());
        return new PassView(steps, (System.nanoTime() - start) / 1_000_000);
    }

    /** The notice as a PDF in Chinese and English. */
    @GetMapping(value = "/supervision/notices/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return pdf(CurrentActor.get(), id, ladder, tasks, pdf);
    }

    static ResponseEntity<byte[]> pdf(Actor actor, long id, LadderManagement ladder, TaskManagement tasks,
            NoticePdf pdf) {
        SupervisionNotice notice = ladder.notice(actor, id);
        byte[] body = pdf.render(notice, tasks.get(actor, notice.taskId()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(notice.number() + ".pdf").build().toString())
                .body(body);
    }
}

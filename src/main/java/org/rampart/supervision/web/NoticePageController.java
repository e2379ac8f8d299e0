package org.rampart.supervision.web;

import java.util.List;
import java.util.Locale;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.ProblemTexts;
import org.rampart.supervision.LadderManagement;
import org.rampart.supervision.SupervisionNotice;
import org.rampart.supervision.TaskManagement;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of supervision notices: the list (own unit's first), one notice with its answer form, and its PDF. */
@Controller
class NoticePageController {

    private final LadderManagement ladder;
    private final TaskManagement tasks;
    private final NoticePdf pdf;
    private final ProblemTexts problems;

    NoticePageController(LadderManagement ladder, TaskManagement tasks, NoticePdf pdf, ProblemTexts problems) {
        this.ladder = ladder;
        this.tasks = tasks;
        this.pdf = pdf;
        this.problems = problems;
    }

    @GetMapping("/supervision/notices")
    String list(@RequestParam(required = false) Boolean all, Model model) {
        Actor actor = CurrentActor.get();
        boolean unanswered = !Boolean.TRUE.equals(all);
        model.addAttribute("navSection", "supervision");
        model.addAttribute("all", !unanswered);
        model.addAttribute("ownUnit", actor.unitId() == null ? List.of()
                : ladder.notices(actor, unanswered, true, 200));
        model.addAttribute("notices", ladder.notices(actor, unanswered, false, 200).stream()
                .filter(n -> actor.unitId() == null || n.leadUnit() == null || n.leadUnit().id() != actor.unitId())
                .toList());
        model.addAttribute("today", ladder.today());
        return "supervision/notices";
    }

    @GetMapping("/supervision/notices/{id}")
    String detail(@PathVariable long id, Model model) {
        return detail(CurrentActor.get(), ladder.notice(CurrentActor.get(), id), model, null, null, null);
    }

    @PostMapping("/supervision/notices/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer, Model model, Locale locale,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            ladder.answer(actor, id, answer);
            redirect.addFlashAttribute("answered", true);
            return "redirect:/supervision/notices/" + id;
        } catch (BadInputException e) {
            return detail(actor, ladder.notice(actor, id), model, problems.lines(e.problems(), locale), answer, e);
        }
    }

    @GetMapping("/supervision/notices/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return NoticeApiController.pdf(CurrentActor.get(), id, ladder, tasks, pdf);
    }

    private String detail(Actor actor, SupervisionNotice notice, Model model, List<String> problemLines,
            String answer, BadInputException refused) {
        model.addAttribute("navSection", "supervision");
        model.addAttribute("notice", notice);
        model.addAttribute("task", tasks.get(actor, notice.taskId()));
        model.addAttribute("mayAnswer", ladder.mayAnswer(actor, notice));
        model.addAttribute("today", ladder.today());
        model.addAttribute("problemLines", problemLines);
        model.addAttribute("answer", answer);
        model.addAttribute("replyWorkingDays", ladder.replyWorkingDays());
        return "supervision/notice";
    }
}

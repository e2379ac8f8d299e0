package org.rampart.supervision.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.TaskFilter;
import org.rampart.supervision.TaskManagement;
import org.rampart.supervision.TaskPriority;
import org.rampart.supervision.TaskSource;
import org.rampart.supervision.TaskStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages: my unit's work, the task list with filters, a task with its history and actions, the cascade tree. */
@Controller
class TaskPageController {

    static final int PAGE_SIZE = 50;

    private final TaskManagement tasks;
    private final TaskPages pages;
    private final List<MyWorkContribution> contributions;

    TaskPageController(TaskManagement tasks, TaskPages pages, List<MyWorkContribution> contributions) {
        this.tasks = tasks;
        this.pages = pages;
        this.contributions = new ArrayList<>(contributions);
        this.contributions.sort(Comparator.comparingInt(MyWorkContribution::order));
    }

    @GetMapping("/supervision")
    String home() {
        return "redirect:/supervision/my-work";
    }

    @GetMapping("/supervision/my-work")
    String myWork(Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        List<MyWorkContribution.MyWorkPart> parts = new ArrayList<>();
        for (MyWorkContribution c : contributions) {
            Optional<MyWorkContribution.MyWorkPart> part = c.part(actor, locale);
            part.ifPresent(parts::add);
        }
        model.addAttribute("navSection", "supervision");
        model.addAttribute("parts", parts);
        model.addAttribute("today", tasks.today());
        model.addAttribute("mayAssign", tasks.policy().mayAssign(actor));
        return "supervision/my-work";
    }

    @GetMapping("/supervision/tasks")
    String list(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String unit,
            @RequestParam(required = false) List<String> status, @RequestParam(required = false) String source,
            @RequestParam(required = false) String priority, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        TaskFilter filter = TaskWebSupport.filter(jurisdiction, unit, status, source, priority, overdue, null, q, null);
        model.addAttribute("navSection", "supervision");
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("sources", TaskSource.values());
        model.addAttribute("priorities", TaskPriority.values());
        model.addAttribute("tasks", tasks.search(actor, filter, new PageQuery(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("today", tasks.today());
        model.addAttribute("mayAssign", tasks.policy().mayAssign(actor));
        model.addAttribute("query", query(filter));
        return "supervision/tasks";
    }

    /** The filter as a query string (without the page), for paging links. */
    static String query(TaskFilter f) {
        List<String> parts = new ArrayList<>();
        add(parts, "jurisdiction", f.jurisdiction());
        add(parts, "unit", f.unit());
        f.statuses().stream().map(Enum::name).sorted().forEach(s -> add(parts, "status", s));
        add(parts, "source", f.source() == null ? null : f.source().name());
        add(parts, "priority", f.priority() == null ? null : f.priority().name());
        add(parts, "overdue", f.overdue() == null ? null : f.overdue().toString());
        add(parts, "q", f.q());
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }

    @GetMapping("/supervision/tasks/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        pages.detail(CurrentActor.get(), id, model, null, null, false, locale);
        return "supervision/task";
    }

    @GetMapping("/supervision/tasks/{id}/tree")
    String tree(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "supervision");
        model.addAttribute("tree", tasks.tree(actor, id));
        model.addAttribute("today", tasks.today());
        return "supervision/tree";
    }

    @GetMapping("/supervision/tasks/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return TaskWebSupport.download(tasks, CurrentActor.get(), id, attachmentId);
    }
}

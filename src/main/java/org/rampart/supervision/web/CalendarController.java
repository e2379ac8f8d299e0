package org.rampart.supervision.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.NotFoundException;
import org.rampart.supervision.BoardFilter;
import org.rampart.supervision.BoardTask;
import org.rampart.supervision.CalendarFeeds;
import org.rampart.supervision.SupervisionBoard;
import org.rampart.supervision.TaskStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The calendar of deadlines (a month at a time), the user's calendar feed (make, show once, regenerate, revoke), and
 * the feed itself: an iCalendar file at a URL whose secret token stands for the user (no sign-in; an unknown or revoked
 * token answers 404).
 */
@Controller
class CalendarController {

    private final SupervisionBoard board;
    private final CalendarFeeds feeds;
    private final MessageSource messages;

    CalendarController(SupervisionBoard board, CalendarFeeds feeds, MessageSource messages) {
        this.board = board;
        this.feeds = feeds;
        this.messages = messages;
    }

    /** One day of the month grid: its tasks; {@code inMonth} false for the days of the weeks around the month. */
    record Day(LocalDate date, boolean inMonth, boolean today, List<BoardTask> tasks) {
    }

    @GetMapping("/supervision/calendar")
    String month(@RequestParam(required = false) String month, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String status, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String source, @RequestParam(required = false) String unit, Model model) {
        model.addAttribute("navSection", "supervision");
        LocalDate today = board.today();
        YearMonth shown = YearMonth.from(today);
        BoardFilter filter = BoardFilter.NONE;
        List<BoardTask> tasks;
        LocalDate first;
        LocalDate last;
        try {
            YearMonth asked = Dates.month("month", month);
            shown = asked == null ? shown : asked;
            filter = BoardFilter.parse(jurisdiction, status, priority, source, unit, null);
            first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            tasks = board.due(CurrentActor.get(), filter, first, last);
        } catch (BadInputException e) {
            model.addAttribute("problems", e.problems());
            filter = BoardFilter.NONE;
            first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            tasks = board.due(CurrentActor.get(), filter, first, last);
        }
        Map<LocalDate, List<BoardTask>> byDay = new HashMap<>();
        for (BoardTask t : tasks) {
            byDay.computeIfAbsent(t.deadline(), d -> new ArrayList<>()).add(t);
        }
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
                weeks.add(new ArrayList<>());
            }
            weeks.get(weeks.size() - 1).add(new Day(d, YearMonth.from(d).equals(shown), d.equals(today),
                    byDay.getOrDefault(d, List.of())));
        }
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("weeks", weeks);
        model.addAttribute("count", tasks.size());
        model.addAttribute("capped", tasks.size() >= SupervisionBoard.MAX_MONTH);
        model.addAttribute("filter", filter);
        String q = filter.query();
        model.addAttribute("query", q.isEmpty() ? "" : "&" + q);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("priorities", BoardFilter.PRIORITIES);
        model.addAttribute("sources", BoardFilter.SOURCES);
        model.addAttribute("weekdays", List.of(DayOfWeek.values()));
        return "supervision/calendar";
    }

    @GetMapping("/supervision/calendar/feed")
    String feed(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        return feedView(htmx, model, null);
    }

    @PostMapping("/supervision/calendar/feed")
    String issue(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletRequest request) {
        String secret = feeds.issue(CurrentActor.get());
        String url = ServletUriComponentsBuilder.fromContextPath(request).path("/supervision/calendar/feed/{t}.ics")
                .buildAndExpand(secret).toUriString();
        return feedView(htmx, model, url);
    }

    @PostMapping("/supervision/calendar/feed/revoke")
    String revoke(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("revoked", feeds.revoke(CurrentActor.get()));
        return feedView(htmx, model, null);
    }

    private String feedView(String htmx, Model model, String url) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "supervision");
        model.addAttribute("active", feeds.active(actor).orElse(null));
        model.addAttribute("feedUrl", url);
        model.addAttribute("readOnly", actor.readOnly());
        return htmx != null ? "supervision/calendar-feed :: feed" : "supervision/calendar-feed";
    }

    @GetMapping("/supervision/calendar/feed/{token}.ics")
    ResponseEntity<String> ics(@PathVariable String token, HttpServletRequest request) {
        CalendarFeeds.Feed feed = feeds.feed(token).orElseThrow(() -> new NotFoundException("calendar feed"));
        Locale locale = Locale.forLanguageTag(feed.locale() == null ? "en" : feed.locale().replace('_', '-'));
        String base = ServletUriComponentsBuilder.fromContextPath(request).toUriString();
        String host = request.getServerName();
        ICalendarWriter ics = new ICalendarWriter().begin(text("supervision.calendar.feedName", locale, feed.username()));
        for (CalendarFeeds.FeedEvent e : feed.events()) {
            BoardTask t = e.task();
            String status = text("supervision.task.status." + t.status().name(), locale);
            String summary = t.title(locale).text() + " (" + status + ")";
            String description = text("supervision.calendar.feedDescription", locale, status,
                    t.leadUnitName(locale).text(), t.leadUnit(), t.deadline().toString(),
                    t.originalDeadline().equals(t.deadline()) ? "-" : t.originalDeadline().toString());
            ics.event("supervision-task-" + t.id() + "@" + host, e.updatedAt(), e.version(), t.deadline(), summary,
                    description, base + "/supervision/tasks/" + t.id(), t.status() == TaskStatus.DONE ? "CONFIRMED" : "TENTATIVE");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"supervision.ics\"").body(ics.end());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

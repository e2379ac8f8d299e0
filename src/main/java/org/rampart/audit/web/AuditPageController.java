package org.rampart.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import org.rampart.audit.AuditFilter;
import org.rampart.audit.AuditManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.json.JsonMapper;

/** The audit viewer: filters, the entries in the reader's scope, and the administrator's chain check. */
@Controller
class AuditPageController {

    private static final int PAGE_SIZE = 50;

    private final AuditManagement audit;
    private final ZoneId zone;
    private final JsonMapper json;

    AuditPageController(AuditManagement audit, JsonMapper json, @Value("${rampart.time-zone:}") String zone) {
        this.audit = audit;
        this.json = json;
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    /** The page, or only its results when htmx swaps them in after a filter change (not on a history restore). */
    @GetMapping("/audit")
    String list(AuditQuery query, Model model, HttpServletResponse response,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore) {
        Actor actor = CurrentActor.get();
        audit.requireReader(actor);
        boolean fragment = "true".equals(htmx) && !"true".equals(restore);
        response.setHeader("Vary", "HX-Request");
        model.addAttribute("navSection", "audit");
        model.addAttribute("q", query);
        model.addAttribute("entityTypes", AuditQuery.ENTITY_TYPES);
        model.addAttribute("mayVerify", audit.mayVerify(actor));
        try {
            AuditFilter filter = query.filter(zone);
            model.addAttribute("entries", audit.search(actor, filter, query.paging(PAGE_SIZE)).map(e -> AuditRow.of(e, json)));
        } catch (BadInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("entries", new Page<>(List.of(), 0, PAGE_SIZE, 0));
            if (!fragment) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        return fragment ? "audit/list :: results" : "audit/list";
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("navSection", "audit");
        model.addAttribute("result", audit.verify(CurrentActor.get()));
        return "audit/verify";
    }
}

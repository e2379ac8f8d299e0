package org.rampart.platform.web;

import java.util.List;
import java.util.Locale;
import org.rampart.audit.AuditFilter;
import org.rampart.audit.AuditManagement;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.rampart.situation.SituationManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the situation board of the user's scope (risks, warnings, overdue reviews, what changed this week, the
 * heat map), then what exists in the scope, the map, and recent activity.
 */
@Controller
class HomeController {

    private final JurisdictionManagement jurisdictions;
    private final UserManagement users;
    private final AuditManagement audit;
    private final SituationManagement situation;

    HomeController(JurisdictionManagement jurisdictions, UserManagement users, AuditManagement audit,
            SituationManagement situation) {
        this.jurisdictions = jurisdictions;
        this.users = users;
        this.audit = audit;
        this.situation = situation;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        List<Jurisdiction> roots = jurisdictions.roots(actor);
        model.addAttribute("navSection", "home");
        model.addAttribute("roots", roots);
        if (!roots.isEmpty()) {
            // the situation page without parameters asks for the same (the first root of the scope): one result for both
            SituationManagement.Picture picture = situation.picture(actor, null, null, null, false);
            model.addAttribute("situation", picture.situation());
            model.addAttribute("heat", picture.heat());
        }
        model.addAttribute("figures", jurisdictions.scopeFigures(actor));
        model.addAttribute("levels", jurisdictions.levels());
        model.addAttribute("usersByRole", users.countByRole(actor));
        model.addAttribute("roles", Role.values());
        boolean auditReader = actor.has(Role.ADMINISTRATOR) || actor.has(Role.COORDINATOR) || actor.has(Role.INSPECTOR);
        model.addAttribute("auditReader", auditReader);
        model.addAttribute("recent", auditReader
                ? audit.search(actor, AuditFilter.none(), new PageQuery(0, 10)).items()
                : audit.recentOwn(actor, 10));
        return "home";
    }
}

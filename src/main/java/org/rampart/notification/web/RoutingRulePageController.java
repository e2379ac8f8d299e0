package org.rampart.notification.web;

import java.util.List;
import java.util.Locale;
import org.rampart.notification.Channel;
import org.rampart.notification.NotificationManagement;
import org.rampart.notification.NotificationPolicy;
import org.rampart.notification.RoutingRule;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.ProblemTexts;
import org.rampart.shared.RiskDomain;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Routing-rule pages for administrators and coordinators; {@link NotificationPolicy} says who may change them. */
@Controller
class RoutingRulePageController {

    private static final int PAGE_SIZE = 50;

    private final NotificationManagement notifications;
    private final NotificationPolicy policy;
    private final ProblemTexts texts;
    private final DomainManagement domains;
    private final RoutingRuleProblems labels;

    RoutingRulePageController(NotificationManagement notifications, NotificationPolicy policy, ProblemTexts texts,
            DomainManagement domains, RoutingRuleProblems labels) {
        this.notifications = notifications;
        this.policy = policy;
        this.texts = texts;
        this.domains = domains;
        this.labels = labels;
    }

    @GetMapping("/admin/notification-rules")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "notification-rules");
        model.addAttribute("rules", notifications.rules(actor, new PageQuery(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("mayEdit", policy.mayEditRules(actor));
        return "notification/rules";
    }

    @GetMapping("/admin/notification-rules/new")
    String newForm(Model model) {
        policy.requireEditRules(CurrentActor.get());
        return form(model, null, RoutingRuleForm.empty(""), List.of());
    }

    @PostMapping("/admin/notification-rules/new")
    String create(RoutingRuleForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            RoutingRule created = notifications.createRule(CurrentActor.get(), form.draft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/notification-rules/" + created.id();
        } catch (BadInputException e) {
            return form(model, null, form.withoutSecret(), texts.lines(e.problems(), locale, labels));
        }
    }

    @GetMapping("/admin/notification-rules/{id}")
    String edit(@PathVariable long id, Model model) {
        RoutingRule rule = notifications.rule(CurrentActor.get(), id);
        return form(model, rule, RoutingRuleForm.of(rule), List.of());
    }

    @PostMapping("/admin/notification-rules/{id}")
    String update(@PathVariable long id, RoutingRuleForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            notifications.updateRule(CurrentActor.get(), id, form.draft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/notification-rules/" + id;
        } catch (BadInputException e) {
            return form(model, notifications.rule(CurrentActor.get(), id), form.withoutSecret(),
                    texts.lines(e.problems(), locale, labels));
        }
    }

    @PostMapping("/admin/notification-rules/{id}/delete")
    String delete(@PathVariable long id) {
        notifications.deleteRule(CurrentActor.get(), id);
        return "redirect:/admin/notification-rules";
    }

    private String form(Model model, RoutingRule rule, RoutingRuleForm form, List<String> problems) {
        model.addAttribute("navSection", "notification-rules");
        model.addAttribute("rule", rule);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("mayEdit", policy.mayEditRules(CurrentActor.get()));
        model.addAttribute("domains", domains.choices(form == null ? null : RiskDomain.of(form.domain())));
        model.addAttribute("levels", WarningLevel.values());
        model.addAttribute("changes", Change.values());
        model.addAttribute("channels", Channel.values());
        return "notification/rule";
    }
}

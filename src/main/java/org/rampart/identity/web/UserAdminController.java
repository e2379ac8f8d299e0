package org.rampart.identity.web;

import java.util.Locale;
import org.rampart.identity.User;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration pages: users in the administrator's scope and all their API tokens. */
@Controller
class UserAdminController {

    private static final int PAGE_SIZE = 25;
    private static final String[] USER_FIELDS = {"username", "displayName", "roles", "jurisdiction", "unit", "password"};

    private final UserManagement users;
    private final org.rampart.shared.ProblemTexts texts;

    UserAdminController(UserManagement users, org.rampart.shared.ProblemTexts texts) {
        this.users = users;
        this.texts = texts;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "users");
        model.addAttribute("users", users.list(actor, q, role, new PageQuery(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("role", role);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("canEdit", users.policy().mayAdminister(actor));
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    String newForm(Model model) {
        users.policy().requireAdministrator(CurrentActor.get());
        return form(model, Forms.UserForm.empty(), FieldErrors.NONE);
    }

    @PostMapping("/admin/users/new")
    String create(Forms.UserForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            User created = users.create(CurrentActor.get(), form.draft(form.username()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + created.username();
        } catch (BadInputException e) {
            return form(model, form.withoutPassword(form.username()), errors(e, locale, USER_FIELDS));
        }
    }

    @GetMapping("/admin/users/{username}")
    String detail(@PathVariable String username, Model model) {
        User user = users.get(CurrentActor.get(), username);
        return detail(model, user, Forms.UserForm.of(user), FieldErrors.NONE, FieldErrors.NONE);
    }

    @PostMapping("/admin/users/{username}")
    String update(@PathVariable String username, Forms.UserForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            User after = users.updateAccess(actor, username, form.draft(username));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + after.username();
        } catch (BadInputException e) {
            User user = users.get(actor, username);
            return detail(model, user, form.withoutPassword(user.username()), errors(e, locale, USER_FIELDS),
                    FieldErrors.NONE);
        }
    }

    @PostMapping("/admin/users/{username}/deactivate")
    String deactivate(@PathVariable String username, Locale locale, RedirectAttributes redirect) {
        return setActive(username, false, locale, redirect);
    }

    @PostMapping("/admin/users/{username}/activate")
    String activate(@PathVariable String username, Locale locale, RedirectAttributes redirect) {
        return setActive(username, true, locale, redirect);
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String password, Model model,
            Locale locale, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            users.resetPassword(actor, username, password);
        } catch (BadInputException e) {
            User user = users.get(actor, username);
            return detail(model, user, Forms.UserForm.of(user), FieldErrors.NONE, errors(e, locale, "password"));
        }
        redirect.addFlashAttribute("passwordReset", true);
        return "redirect:/admin/users/" + users.get(actor, username).username();
    }

    @PostMapping("/admin/users/{username}/tokens/{id}/revoke")
    String revokeUserToken(@PathVariable String username, @PathVariable long id, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        User user = users.get(actor, username);
        users.revokeToken(actor, id);
        redirect.addFlashAttribute("tokenRevoked", true);
        return "redirect:/admin/users/" + user.username();
    }

    @GetMapping("/admin/tokens")
    String tokens(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("navSection", "tokens");
        model.addAttribute("tokens", users.tokensInScope(CurrentActor.get(), new PageQuery(Math.max(page, 0), PAGE_SIZE))
                .map(TokenView::of));
        return "identity/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
        users.revokeToken(CurrentActor.get(), id);
        redirect.addFlashAttribute("tokenRevoked", true);
        return "redirect:/admin/tokens?page=" + Math.max(page, 0);
    }

    private String setActive(String username, boolean active, Locale locale, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            User after = users.setActive(actor, username, active);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + after.username();
        } catch (BadInputException e) {
            redirect.addFlashAttribute("problems", e.problems().stream()
                    .map(p -> texts.reason(p, locale)).toList());
            return "redirect:/admin/users/" + users.get(actor, username).username();
        }
    }

    private FieldErrors errors(BadInputException e, Locale locale, String... fields) {
        return FieldErrors.of(e.problems(), texts, locale, fields);
    }

    private String form(Model model, Forms.UserForm form, FieldErrors errors) {
        model.addAttribute("navSection", "users");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("allRoles", Role.values());
        return "identity/user-new";
    }

    private String detail(Model model, User user, Forms.UserForm form, FieldErrors accessErrors,
            FieldErrors passwordErrors) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "users");
        model.addAttribute("user", UserView.of(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", accessErrors);
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("canEdit", users.policy().mayAdminister(actor));
        model.addAttribute("self", user.id() == actor.userId());
        if (actor.isAdministrator()) {
            model.addAttribute("tokens", users.tokensOf(actor, user.username()).stream().map(TokenView::of).toList());
        }
        return "identity/user";
    }
}

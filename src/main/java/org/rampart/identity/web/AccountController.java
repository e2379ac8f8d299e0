package org.rampart.identity.web;

import java.util.List;
import java.util.Locale;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: profile, password, language and API tokens. */
@Controller
class AccountController {

    private static final String[] PASSWORD_FIELDS = {"currentPassword", "newPassword", "confirmPassword"};
    private static final String[] TOKEN_FIELDS = {"name", "days"};

    private final UserManagement users;
    private final org.rampart.shared.ProblemTexts texts;

    AccountController(UserManagement users, org.rampart.shared.ProblemTexts texts) {
        this.users = users;
        this.texts = texts;
    }

    @GetMapping("/account")
    String account(Model model, Locale locale) {
        return page(model, locale, FieldErrors.NONE, FieldErrors.NONE, Forms.TokenForm.empty());
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmPassword,
            Model model, Locale locale, RedirectAttributes redirect) {
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            FieldErrors errors = FieldErrors.of(List.of(BadInputException.Problem.at("confirmPassword",
                    "password.confirmation.different")), texts, locale, PASSWORD_FIELDS);
            return page(model, locale, errors, FieldErrors.NONE, Forms.TokenForm.empty());
        }
        try {
            users.changeOwnPassword(CurrentActor.get(), currentPassword, newPassword);
        } catch (BadInputException e) {
            return page(model, locale, FieldErrors.of(e.problems(), texts, locale, PASSWORD_FIELDS),
                    FieldErrors.NONE,
                    Forms.TokenForm.empty());
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(Forms.TokenForm form, Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        try {
            var created = users.createToken(actor, actor.username(), form.name(), form.dayCount(), form.readOnlyChecked());
            model.addAttribute("navSection", "account");
            model.addAttribute("created", NewTokenView.of(created));
            return "identity/token-created";
        } catch (BadInputException e) {
            return page(model, locale, FieldErrors.NONE,
                    FieldErrors.of(e.problems(), texts, locale, TOKEN_FIELDS), form);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        users.revokeToken(CurrentActor.get(), id);
        redirect.addFlashAttribute("tokenRevoked", true);
        return "redirect:/account";
    }

    private String page(Model model, Locale locale, FieldErrors passwordErrors, FieldErrors tokenErrors,
            Forms.TokenForm tokenForm) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "account");
        model.addAttribute("user", users.self(actor));
        model.addAttribute("tokens", users.ownTokens(actor).stream().map(TokenView::of).toList());
        model.addAttribute("language", "zh".equals(locale.getLanguage()) ? "zh" : "en");
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("tokenErrors", tokenErrors);
        model.addAttribute("tokenForm", tokenForm);
        return "identity/account";
    }
}

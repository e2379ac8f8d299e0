package org.rampart.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rampart.identity.UserManagement;
import org.rampart.shared.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the language switch. */
@Controller
class LoginController {

    private final LocaleSupport locales;
    private final UserManagement users;
    private final String oidcRegistration;

    LoginController(LocaleSupport locales, UserManagement users,
            @Value("${rampart.oidc.registration-id:}") String oidcRegistration) {
        this.locales = locales;
        this.users = users;
        this.oidcRegistration = oidcRegistration;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidcEnabled", !oidcRegistration.isBlank());
        model.addAttribute("oidcRegistration", oidcRegistration);
        return "login";
    }

    @PostMapping("/account/language")
    String language(@RequestParam String lang, @RequestParam(required = false) String redirect,
            HttpServletRequest request, HttpServletResponse response) {
        String tag = LocaleSupport.tag(LocaleSupport.parse(lang));
        locales.apply(request, response, tag);
        CurrentActor.find().ifPresent(actor -> users.setLocale(actor, tag));
        return "redirect:" + safeRedirect(redirect);
    }

    /** Only local paths, so the switch cannot be used to send people elsewhere. */
    static String safeRedirect(String redirect) {
        if (redirect == null || !redirect.startsWith("/") || redirect.startsWith("//") || redirect.contains("\\")
                || redirect.contains("\r") || redirect.contains("\n")) {
            return "/";
        }
        return redirect;
    }
}

package org.rampart.identity.web;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The user, account and API token API; scope and roles are checked by {@link UserManagement}. */
@RestController
@RequestMapping("/api/v1")
class UserApiController {

    private final UserManagement users;

    UserApiController(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/users")
    Page<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return users.list(CurrentActor.get(), q, role, PageQuery.of(page, size)).map(UserView::of);
    }

    @GetMapping("/users/{username}")
    UserView get(@PathVariable String username) {
        return UserView.of(users.get(CurrentActor.get(), username));
    }

    @PostMapping("/users")
    ResponseEntity<UserView> create(@RequestBody UserRequests.NewUser body) {
        UserView created = UserView.of(users.create(CurrentActor.get(), body.draft()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
    }

    @PutMapping("/users/{username}")
    UserView update(@PathVariable String username, @RequestBody UserRequests.Access body) {
        return UserView.of(users.updateAccess(CurrentActor.get(), username, body.draft(username)));
    }

    @PostMapping("/users/{username}/deactivate")
    UserView deactivate(@PathVariable String username) {
        return UserView.of(users.setActive(CurrentActor.get(), username, false));
    }

    @PostMapping("/users/{username}/activate")
    UserView activate(@PathVariable String username) {
        return UserView.of(users.setActive(CurrentActor.get(), username, true));
    }

    @PostMapping("/users/{username}/password")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody UserRequests.NewPassword body) {
        users.resetPassword(CurrentActor.get(), username, body.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/users/{username}/email")
    Map<String, String> email(@PathVariable String username) {
        return Collections.singletonMap("email", users.email(CurrentActor.get(), username).orElse(null));
    }

    @PutMapping("/users/{username}/email")
    ResponseEntity<Void> setEmail(@PathVariable String username, @RequestBody UserRequests.Email body) {
        users.setEmail(CurrentActor.get(), username, body.email());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    UserView me() {
        return UserView.of(users.self(CurrentActor.get()));
    }

    @PostMapping("/me/password")
    ResponseEntity<Void> changePassword(@RequestBody UserRequests.OwnPassword body) {
        users.changeOwnPassword(CurrentActor.get(), body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tokens")
    List<TokenView> tokens() {
        return users.ownTokens(CurrentActor.get()).stream().map(TokenView::of).toList();
    }

    @PostMapping("/tokens")
    ResponseEntity<NewTokenView> createToken(@RequestBody UserRequests.NewToken body) {
        Actor actor = CurrentActor.get();
        NewTokenView created = NewTokenView.of(users.createToken(actor, actor.username(), body.name(),
                body.daysOrDefault(), body.readOnlyOrDefault()));
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.id())).body(created);
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revokeToken(@PathVariable long id) {
        users.revokeToken(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }
}

package org.rampart.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Permissions;
import org.rampart.shared.Role;
import org.rampart.shared.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manage users, their roles and scope, sign-in state and API tokens. Administrators manage the users whose home
 * jurisdiction lies in their own scope, and cannot grant a scope wider than theirs.
 */
@Service
@Transactional(readOnly = true)
public class UserManagement {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{1,63}");
    public static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 128;
    static final String TOKEN_PREFIX = "rmp_";

    private final UserRepository repository;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final PasswordEncoder encoder;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final int maxFailedLogins;
    private final Duration lockout;
    private final IdentityPolicy policy;

    UserManagement(UserRepository repository, JurisdictionManagement jurisdictions, AuditManagement audit,
            PasswordEncoder encoder, @Value("${rampart.security.max-failed-logins:5}") int maxFailedLogins,
            @Value("${rampart.security.lockout:15m}") Duration lockout, IdentityPolicy policy) {
        this.policy = policy;
        this.repository = repository;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.encoder = encoder;
        this.maxFailedLogins = maxFailedLogins;
        this.lockout = lockout;
    }

    /** Who may do what with user accounts. */
    public IdentityPolicy policy() {
        return policy;
    }

    // --- reading ---

    public Page<User> list(Actor actor, String q, Role role, PageQuery page) {
        policy.requireReadUsers(actor);
        return repository.list(actor.scopePath(), q, role, page);
    }

    public User get(Actor actor, String username) {
        policy.requireReadUsers(actor);
        return repository.findInScope(actor.scopePath(), username).map(UserRepository.Row::user)
                .orElseThrow(() -> new NotFoundException("user " + username));
    }

    /** Count active users by role within the actor's scope. */
    public Map<Role, Long> countByRole(Actor actor) {
        return repository.countByRole(actor.scopePath());
    }

    public long count() {
        return repository.count();
    }

    /** The user's own account. */
    public User self(Actor actor) {
        return repository.findById(actor.userId()).map(UserRepository.Row::user)
                .orElseThrow(() -> new NotFoundException("user " + actor.username()));
    }

    /** Load a user for sign-in, with the actor (roles and scope) they act as. */
    public Optional<RampartUserDetails> loadForSignIn(String username) {
        return repository.findByUsername(username).map(this::details);
    }

    Optional<RampartUserDetails> loadById(long id, boolean readOnly) {
        return repository.findById(id).map(row -> {
            RampartUserDetails d = details(row);
            Actor a = d.actor();
            return new RampartUserDetails(new Actor(a.userId(), a.username(), a.roles(), a.jurisdictionId(),
                    a.scopePath(), a.unitId(), readOnly), d.passwordHash(), d.enabled(), d.nonLocked(), d.locale());
        });
    }

    private RampartUserDetails details(UserRepository.Row row) {
        User u = row.user();
        Actor actor = new Actor(u.id(), u.username(), Set.copyOf(u.roles()), row.jurisdictionId(), u.jurisdictionPath(),
                row.unitId(), false);
        boolean locked = u.lockedUntil() != null && u.lockedUntil().isAfter(clock.instant());
        return new RampartUserDetails(actor, row.passwordHash(), u.active(), !locked, u.locale());
    }

    // --- changes ---

    /** Create a user; the actor must be an administrator whose scope covers the new user's jurisdiction. */
    @Transactional
    public User create(Actor actor, UserDraft draft) {
        policy.requireAdminister(actor);
        List<Problem> problems = new ArrayList<>();
        if (draft.username() == null || !USERNAME.matcher(draft.username()).matches()) {
            problems.add(Problem.at("username", "user.username.format"));
        } else if (repository.findByUsername(draft.username()).isPresent()) {
            problems.add(Problem.at("username", "user.username.taken"));
        }
        validatePassword("password", draft.password(), problems);
        Access access = access(actor, draft, problems);
        String locale = "zh".equals(draft.locale()) ? "zh" : "en";
        if (!problems.isEmpty()) {
            throw new BadInputException("The user is not valid", problems);
        }
        long id = repository.insert(draft.username(), access.displayName(), encoder.encode(draft.password()),
                access.roles(), access.jurisdiction().id(), access.unitId(), locale);
        User created = repository.findById(id).orElseThrow().user();
        audit.record("create", "user", created.username(), created.jurisdictionPath(), null, snapshot(created));
        return created;
    }

    /** Change a user's display name, roles, scope and unit. */
    @Transactional
    public User updateAccess(Actor actor, String username, UserDraft draft) {
        policy.requireAdminister(actor);
        UserRepository.Row row = rowInScope(actor, username);
        List<Problem> problems = new ArrayList<>();
        Access access = access(actor, draft, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("The user is not valid", problems);
        }
        if (row.user().id() == actor.userId() && !access.roles().contains(Role.ADMINISTRATOR)) {
            throw BadInputException.of("roles", "user.roles.own-administrator");
        }
        repository.updateAccess(row.user().id(), access.displayName(), access.roles(), access.jurisdiction().id(),
                access.unitId());
        User after = repository.findById(row.user().id()).orElseThrow().user();
        audit.record("update", "user", username, after.jurisdictionPath(), snapshot(row.user()), snapshot(after));
        if (!row.user().roles().equals(after.roles()) || !row.user().jurisdictionPath().equals(after.jurisdictionPath())) {
            audit.record("access-change", "user", username, after.jurisdictionPath(),
                    Map.of("roles", row.user().roles(), "jurisdiction", row.user().jurisdictionCode()),
                    Map.of("roles", after.roles(), "jurisdiction", after.jurisdictionCode()));
        }
        return after;
    }

    @Transactional
    public User setActive(Actor actor, String username, boolean active) {
        policy.requireAdminister(actor);
        UserRepository.Row row = rowInScope(actor, username);
        if (row.user().id() == actor.userId() && !active) {
            throw BadInputException.of("active", "user.active.own-account");
        }
        repository.setActive(row.user().id(), active);
        User after = repository.findById(row.user().id()).orElseThrow().user();
        audit.record(active ? "activate" : "deactivate", "user", username, after.jurisdictionPath(), snapshot(row.user()),
                snapshot(after));
        return after;
    }

    /** An administrator sets a new password for a user (and clears a lockout). */
    @Transactional
    public void resetPassword(Actor actor, String username, String newPassword) {
        policy.requireAdminister(actor);
        UserRepository.Row row = rowInScope(actor, username);
        List<Problem> problems = new ArrayList<>();
        validatePassword("password", newPassword, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("The password is not valid", problems);
        }
        repository.setPassword(row.user().id(), encoder.encode(newPassword));
        audit.record("reset-password", "user", username, row.user().jurisdictionPath(), null, null);
    }

    /** A user changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, String current, String newPassword) {
        Permissions.requireWrite(actor);
        UserRepository.Row row = repository.findById(actor.userId()).orElseThrow(() -> new NotFoundException("user"));
        List<Problem> problems = new ArrayList<>();
        if (current == null || row.passwordHash() == null || !encoder.matches(current, row.passwordHash())) {
            problems.add(Problem.at("currentPassword", "password.current.wrong"));
        }
        validatePassword("newPassword", newPassword, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("The password was not changed", problems);
        }
        repository.setPassword(actor.userId(), encoder.encode(newPassword));
        audit.record("change-password", "user", actor.username(), row.user().jurisdictionPath(), null, null);
    }

    @Transactional
    public void setLocale(Actor actor, String locale) {
        if (actor.userId() > 0) {
            repository.setLocale(actor.userId(), "zh".equals(locale) ? "zh" : "en");
        }
    }

    /** Record a failed sign-in for a username (known or not) and lock the account after too many in a row. */
    @Transactional
    public void signInFailed(String username) {
        String name = username == null ? "" : username.length() > 64 ? username.substring(0, 64) : username;
        Optional<UserRepository.Row> row = repository.findByUsername(name);
        String path = row.map(r -> r.user().jurisdictionPath()).orElse(null);
        audit.recordAs(name.isEmpty() ? "anonymous" : name, "sign-in-failed", "user", name, path, null, null);
        // While locked, further failures neither extend the lock nor log another one.
        row.filter(r -> r.user().lockedUntil() == null || !r.user().lockedUntil().isAfter(clock.instant())).ifPresent(r -> {
            int failures = repository.recordFailure(r.user().id());
            if (failures >= maxFailedLogins) {
                Instant until = clock.instant().plus(lockout);
                repository.lockUntil(r.user().id(), until);
                audit.recordAs("system", "lock", "user", name, path, null, Map.of("lockedUntil", until.toString(),
                        "failedSignIns", failures));
            }
        });
    }

    @Transactional
    public void signInSucceeded(Actor actor) {
        repository.recordSuccess(actor.userId());
        audit.recordAs(actor.username(), "sign-in", "user", actor.username(), actor.scopePath(), null, null);
    }

    /** Record that a single sign-on identity was refused: it names no user, or an inactive or locked one. */
    @Transactional
    public void singleSignOnRefused(String username, String reason) {
        String name = username == null ? "" : username.length() > 64 ? username.substring(0, 64) : username;
        String path = repository.findByUsername(name).map(r -> r.user().jurisdictionPath()).orElse(null);
        audit.recordAs(name.isEmpty() ? "anonymous" : name, "sign-in-refused", "user", name, path, null,
                Map.of("method", "oidc", "reason", reason));
    }

    @Transactional
    public void signedOut(String username, String path) {
        audit.recordAs(username, "sign-out", "user", username, path, null, null);
    }

    // --- contacts for notifications ---

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{1,63}");

    /** Return the active users among these usernames; unknown or inactive names are left out. */
    public List<UserContact> contacts(Collection<String> usernames) {
        return repository.contacts(usernames);
    }

    /** Return the active users of a unit (by unit code), or an empty list. */
    public List<UserContact> unitMembers(String unitCode) {
        return jurisdictions.unitRef(unitCode).map(unit -> repository.unitMembers(unit.id())).orElse(List.of());
    }

    /** Return the active coordinators whose home jurisdiction is exactly the one at this path. */
    public List<UserContact> coordinatorsAt(String jurisdictionPath) {
        return repository.withRoleAt(Role.COORDINATOR, jurisdictionPath);
    }

    /** Return the active officers whose home jurisdiction is exactly the one at this path. */
    public List<UserContact> officersAt(String jurisdictionPath) {
        return repository.withRoleAt(Role.OFFICER, jurisdictionPath);
    }

    /**
     * Return the active users among these usernames whose home jurisdiction lies in the scope or above it (on its path
     * to the root): the users that a record of that scope may name. The others are left out exactly like unknown or
     * inactive names, so that nothing tells a sibling's user from one that does not exist; never null.
     */
    public List<UserContact> contactsVisibleFrom(Scope scope, Collection<String> usernames) {
        return repository.contactsVisibleFrom(scope.path(), usernames);
    }

    /** Return a user's e-mail address: the actor's own, or any in an administrator's scope; empty when none. */
    public Optional<String> email(Actor actor, String username) {
        return repository.email(emailOwner(actor, username).user().id());
    }

    /**
     * Set or clear (null or blank) a user's e-mail address: one's own, or any in an administrator's scope. Audited.
     */
    @Transactional
    public void setEmail(Actor actor, String username, String email) {
        Permissions.requireWrite(actor);
        UserRepository.Row row = emailOwner(actor, username);
        String value = email == null || email.isBlank() ? null : email.trim();
        if (value != null && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
            throw BadInputException.of("email", "user.email.invalid");
        }
        String before = repository.email(row.user().id()).orElse(null);
        repository.setEmail(row.user().id(), value);
        audit.record("update-email", "user", row.user().username(), row.user().jurisdictionPath(),
                before == null ? null : Map.of("email", before), value == null ? null : Map.of("email", value));
    }

    private UserRepository.Row emailOwner(Actor actor, String username) {
        if (username == null || username.equals(actor.username())) {
            return repository.findById(actor.userId()).orElseThrow(() -> new NotFoundException("user"));
        }
        policy.requireAdministrator(actor);
        return rowInScope(actor, username);
    }

    // --- tokens ---

    /** Create an API token for a user: the actor themselves, or a user in an administrator's scope. */
    @Transactional
    public NewApiToken createToken(Actor actor, String username, String name, int days, boolean readOnly) {
        Permissions.requireWrite(actor);
        UserRepository.Row owner;
        if (username == null || username.equals(actor.username())) {
            owner = repository.findById(actor.userId()).orElseThrow(() -> new NotFoundException("user"));
        } else {
            policy.requireAdministrator(actor);
            owner = rowInScope(actor, username);
        }
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Problem.at("name", "value.required"));
        } else if (name.length() > 100) {
            problems.add(Problem.at("name", "text.too-long", 100));
        }
        if (days < 1 || days > 366) {
            problems.add(Problem.at("days", "token.days.range", 1, 366));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The token is not valid", problems);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = secret.substring(0, 12);
        Instant expires = clock.instant().plus(Duration.ofDays(days));
        long id = repository.insertToken(owner.user().id(), name.trim(), sha256(secret), prefix, readOnly, expires);
        ApiToken token = repository.token(Scope.WHOLE_TREE.path(), id).orElseThrow();
        audit.record("create", "api-token", String.valueOf(id), owner.user().jurisdictionPath(), null, token);
        return new NewApiToken(token, secret);
    }

    /** Revoke a token: one's own, or any in an administrator's scope. */
    @Transactional
    public ApiToken revokeToken(Actor actor, long id) {
        Permissions.requireWrite(actor);
        long ownerId = repository.tokenUserId(id).orElseThrow(() -> new NotFoundException("token " + id));
        ApiToken before;
        if (ownerId == actor.userId()) {
            before = repository.token(Scope.WHOLE_TREE.path(), id).orElseThrow();
        } else {
            policy.requireAdministrator(actor);
            before = repository.token(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("token " + id));
        }
        repository.revokeToken(id);
        ApiToken after = repository.token(Scope.WHOLE_TREE.path(), id).orElseThrow();
        String path = repository.findById(ownerId).map(r -> r.user().jurisdictionPath()).orElse(null);
        audit.record("revoke", "api-token", String.valueOf(id), path, before, after);
        return after;
    }

    public List<ApiToken> ownTokens(Actor actor) {
        return repository.tokensOf(actor.userId());
    }

    public Page<ApiToken> tokensInScope(Actor actor, PageQuery page) {
        policy.requireAdministrator(actor);
        return repository.tokensInScope(actor.scopePath(), page);
    }

    /** The tokens of a user in an administrator's scope, newest first. */
    public List<ApiToken> tokensOf(Actor actor, String username) {
        policy.requireAdministrator(actor);
        return repository.tokensOf(rowInScope(actor, username).user().id());
    }

    /** Resolve a bearer token to its user, or empty when it is unknown, revoked or expired. */
    @Transactional
    public Optional<RampartUserDetails> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return repository.tokenOwner(sha256(secret)).flatMap(owner -> {
            repository.touchToken(owner.tokenId());
            return loadById(owner.userId(), owner.readOnly());
        }).filter(RampartUserDetails::isEnabled);
    }

    // --- helpers ---

    private record Access(String displayName, Set<Role> roles, JurisdictionRef jurisdiction, Long unitId) {
    }

    private Access access(Actor actor, UserDraft draft, List<Problem> problems) {
        String displayName = draft.displayName() == null || draft.displayName().isBlank() ? draft.username()
                : draft.displayName().trim();
        if (displayName != null && displayName.length() > 200) {
            problems.add(Problem.at("displayName", "text.too-long", 200));
        }
        Set<Role> roles = draft.roles() == null || draft.roles().isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(draft.roles());
        if (roles.isEmpty()) {
            problems.add(Problem.at("roles", "user.roles.required"));
        }
        JurisdictionRef jurisdiction = null;
        if (draft.jurisdictionCode() == null || draft.jurisdictionCode().isBlank()) {
            problems.add(Problem.at("jurisdiction", "value.required"));
        } else {
            jurisdiction = jurisdictions.ref(draft.jurisdictionCode()).filter(j -> actor.covers(j.path())).orElse(null);
            if (jurisdiction == null) {
                problems.add(Problem.at("jurisdiction", "jurisdiction.unknown", draft.jurisdictionCode()));
            }
        }
        Long unitId = null;
        if (draft.unitCode() != null && !draft.unitCode().isBlank()) {
            var unit = jurisdictions.unitRef(draft.unitCode()).filter(u -> actor.covers(u.jurisdictionPath()));
            if (unit.isEmpty()) {
                problems.add(Problem.at("unit", "unit.unknown", draft.unitCode()));
            } else if (jurisdiction != null && !jurisdiction.path().startsWith(unit.get().jurisdictionPath())) {
                problems.add(Problem.at("unit", "user.unit.outside", draft.unitCode()));
            } else {
                unitId = unit.get().id();
            }
        }
        return new Access(displayName, roles, jurisdiction, unitId);
    }

    private UserRepository.Row rowInScope(Actor actor, String username) {
        return repository.findInScope(actor.scopePath(), username == null ? "" : username)
                .orElseThrow(() -> new NotFoundException("user " + username));
    }

    static void validatePassword(String field, String password, List<Problem> problems) {
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(Problem.at(field, "password.too-short", MIN_PASSWORD));
        } else if (password.length() > MAX_PASSWORD) {
            problems.add(Problem.at(field, "text.too-long", MAX_PASSWORD));
        }
    }

    private static Map<String, Object> snapshot(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("displayName", u.displayName());
        m.put("roles", u.roles().stream().map(Role::name).sorted().toList());
        m.put("jurisdiction", u.jurisdictionCode());
        m.put("unit", u.unitCode());
        m.put("active", u.active());
        return m;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

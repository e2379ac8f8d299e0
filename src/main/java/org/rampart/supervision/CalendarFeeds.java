package org.rampart.supervision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rampart.audit.AuditManagement;
import org.rampart.identity.RampartUserDetails;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Permissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-user calendar feeds of supervision deadlines: a secret token in the feed's URL stands for the user, so that a
 * calendar program can subscribe without signing in. The feed lists only the tasks the user may see on the board, as
 * the user is now (a changed scope or unit shows at once; a deactivated or locked user's feed answers like an unknown
 * one). Making a new token revokes the old one; making and revoking are audited.
 */
@Service
public class CalendarFeeds {

    /** At most this many tasks go into one feed, nearest deadline first. */
    public static final int MAX_EVENTS = 2_000;
    /** Done tasks stay in the feed this many days after their deadline. */
    public static final int DONE_DAYS = 60;

    private static final Pattern TOKEN = Pattern.compile("rcf_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository tokens;
    private final BoardRepository tasks;
    private final SupervisionBoard board;
    private final UserManagement users;
    private final AuditManagement audit;

    CalendarFeeds(CalendarFeedRepository tokens, BoardRepository tasks, SupervisionBoard board, UserManagement users,
            AuditManagement audit) {
        this.tokens = tokens;
        this.tasks = tasks;
        this.board = board;
        this.users = users;
        this.audit = audit;
    }

    /** The actor's active feed: since when it exists and when a calendar last read it; empty when there is none. */
    public Optional<FeedToken> active(Actor actor) {
        return tokens.active(actor.userId()).map(t -> new FeedToken(t.createdAt(), t.lastReadAt()));
    }

    /** A feed token as its owner sees it (the secret itself is shown only once, by {@link #issue}). */
    public record FeedToken(Instant createdAt, Instant lastReadAt) {
    }

    /** Make a new feed token for the actor, revoking the one before; returns the secret (shown once). */
    @Transactional
    public String issue(Actor actor) {
        Permissions.requireWrite(actor);
        boolean had = tokens.revoke(actor.userId());
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "rcf_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(actor.userId(), actor.username(), sha256(secret));
        audit.record(had ? "calendar-feed-regenerated" : "calendar-feed-created", "supervision-calendar-feed",
                Long.toString(id), actor.scopePath(), had ? Map.of("user", actor.username(), "active", true) : null,
                Map.of("user", actor.username(), "active", true));
        return secret;
    }

    /** Revoke the actor's feed token; false when there was none. */
    @Transactional
    public boolean revoke(Actor actor) {
        Permissions.requireWrite(actor);
        Optional<CalendarFeedRepository.Token> active = tokens.active(actor.userId());
        if (active.isEmpty() || !tokens.revoke(actor.userId())) {
            return false;
        }
        audit.record("calendar-feed-revoked", "supervision-calendar-feed", Long.toString(active.get().id()),
                actor.scopePath(), Map.of("user", actor.username(), "active", true),
                Map.of("user", actor.username(), "active", false));
        return true;
    }

    /** What a feed shows: whose it is, in which language, and the tasks. */
    public record Feed(String username, String locale, LocalDate today, List<FeedEvent> events) {
    }

    /** One task of a feed with its version (the event's sequence) and the time it last changed. */
    public record FeedEvent(BoardTask task, int version, Instant updatedAt) {
    }

    /**
     * The feed a secret stands for, or empty when the secret is malformed, unknown, revoked, or its user is no longer
     * active: all answered alike.
     */
    @Transactional
    public Optional<Feed> feed(String secret) {
        if (secret == null || !TOKEN.matcher(secret).matches()) {
            return Optional.empty();
        }
        Optional<CalendarFeedRepository.Token> token = tokens.byHash(sha256(secret));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<RampartUserDetails> user = users.loadForSignIn(token.get().username())
                .filter(u -> u.actor().userId() == token.get().userId() && u.isEnabled() && u.isAccountNonLocked());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Actor actor = user.get().actor();
        LocalDate today = board.today();
        TaskCriteria c = board.resolve(actor, BoardFilter.NONE, today).criteria();
        List<FeedEvent> events = tasks.feed(c, today.minusDays(DONE_DAYS), MAX_EVENTS).stream()
                .map(e -> new FeedEvent(e.task(), e.version(), e.updatedAt())).toList();
        tokens.read(token.get().id());
        return Optional.of(new Feed(actor.username(), user.get().locale(), today, events));
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

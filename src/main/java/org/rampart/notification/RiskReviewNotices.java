package org.rampart.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.notification.NoticeText.Arg;
import org.rampart.risk.RiskReviewsDue;
import org.rampart.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Remind owner units of overdue risk reviews: every active user of the owner unit gets one notice listing the risks
 * (in-app, and by e-mail when they have an address). Risks without an owner unit go to the coordinators of their
 * jurisdiction, or of the nearest jurisdiction above it that has coordinators; each coordinator group sees only the
 * risks at or below its jurisdiction. Consumed after commit through the event publication registry, so a restart
 * delivers again, and the event key (unit or coordinators, date, risks and their due dates) keeps it to once.
 */
@Component
class RiskReviewNotices {

    static final String SUBJECT = "RISK_REVIEW";

    private static final Logger log = LoggerFactory.getLogger(RiskReviewNotices.class);

    private final Dispatcher dispatcher;
    private final UserManagement users;
    private final JurisdictionManagement jurisdictions;

    RiskReviewNotices(Dispatcher dispatcher, UserManagement users, JurisdictionManagement jurisdictions) {
        this.dispatcher = dispatcher;
        this.users = users;
        this.jurisdictions = jurisdictions;
    }

    @ApplicationModuleListener
    void on(RiskReviewsDue event) {
        for (Notice notice : notices(event)) {
            dispatcher.deliver(notice);
        }
    }

    /** The notices of an event: one for the owner unit, or one per coordinator jurisdiction when no unit owns them. */
    List<Notice> notices(RiskReviewsDue event) {
        if (event.risks() == null || event.risks().isEmpty()) {
            return List.of();
        }
        if (event.ownerUnitCode() != null) {
            String unit = event.ownerUnitCode();
            List<String> paths = new ArrayList<>(event.risks().stream().map(RiskReviewsDue.Item::jurisdictionPath).toList());
            jurisdictions.unitRef(unit).ifPresent(u -> paths.add(u.jurisdictionPath()));
            String path = commonPath(paths);
            return List.of(notice("unit:" + unit, event, event.risks(), path, NoticeRecipients.units(unit),
                    "notification.riskReview.title.unit", unit, "/risks?ownerUnit=" + unit + "&overdueReview=true"));
        }
        Map<String, List<RiskReviewsDue.Item>> byCoordinators = new LinkedHashMap<>();
        Map<String, Optional<String>> found = new LinkedHashMap<>();
        for (RiskReviewsDue.Item item : event.risks()) {
            Optional<String> at = found.computeIfAbsent(item.jurisdictionPath(), this::nearestCoordinators);
            if (at.isEmpty()) {
                log.warn("No coordinator at or above {} to remind of the review of risk {}", item.jurisdictionCode(),
                        item.code());
                continue;
            }
            byCoordinators.computeIfAbsent(at.get(), k -> new ArrayList<>()).add(item);
        }
        List<Notice> notices = new ArrayList<>();
        byCoordinators.forEach((path, items) -> {
            String code = code(path);
            notices.add(notice("coordinators:" + path, event, items, path, NoticeRecipients.coordinatorsAt(path),
                    "notification.riskReview.title.jurisdiction", code,
                    "/risks?jurisdiction=" + code + "&overdueReview=true"));
        });
        return notices;
    }

    private Notice notice(String audience, RiskReviewsDue event, List<RiskReviewsDue.Item> items, String path,
            NoticeRecipients recipients, String titleKey, String titlePlace, String listLink) {
        List<NoticeText> lines = new ArrayList<>();
        List<NoticeLink> links = new ArrayList<>();
        for (RiskReviewsDue.Item item : items) {
            lines.add(NoticeText.of("notification.riskReview.item", Arg.literal(item.code()),
                    Arg.literal(item.jurisdictionCode()), Arg.message("notification.riskLevel." + item.level().name()),
                    Arg.literal(item.nextReviewDate()),
                    item.bottomLine() ? Arg.message("notification.riskReview.bottomLine") : Arg.literal("")));
            links.add(new NoticeLink(item.code(), "/risks/" + item.code()));
        }
        lines.add(NoticeText.of("notification.riskReview.asOf", Arg.literal(event.asOf())));
        NoticeText title = NoticeText.of(titleKey, Arg.literal(items.size()), Arg.literal(titlePlace));
        String ref = String.join(", ", items.stream().map(RiskReviewsDue.Item::code).toList());
        String link = items.size() == 1 ? "/risks/" + items.get(0).code() : listLink;
        String jurisdictionCode = items.stream().map(RiskReviewsDue.Item::jurisdictionCode).distinct().count() == 1
                && path.equals(items.get(0).jurisdictionPath()) ? items.get(0).jurisdictionCode() : code(path);
        return new Notice(eventKey(audience, event, items), SUBJECT, ref, link, jurisdictionCode, path, recipients,
                EnumSet.of(Channel.IN_APP, Channel.EMAIL), new NoticeContent(title, lines, links));
    }

    /** The same audience, day and risks with the same due dates make the same key, whoever handles the event. */
    static String eventKey(String audience, RiskReviewsDue event, List<RiskReviewsDue.Item> items) {
        StringBuilder risks = new StringBuilder();
        items.stream().map(i -> i.code() + "@" + i.nextReviewDate()).sorted().forEach(s -> risks.append(s).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(risks.toString().getBytes(StandardCharsets.UTF_8));
            String key = SUBJECT + ":" + event.asOf() + ":" + HexFormat.of().formatHex(digest, 0, 12) + ":" + audience;
            return key.length() > 200 ? key.substring(0, 200) : key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path itself or the nearest one above it with active coordinators, or empty when there is none. */
    private Optional<String> nearestCoordinators(String path) {
        for (String p = path; p != null; p = parent(p)) {
            if (!users.coordinatorsAt(p).isEmpty()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The parent of a materialised path such as {@code /1/7/42/}, or null at the root. */
    static String parent(String path) {
        int end = path.lastIndexOf('/', path.length() - 2);
        return end <= 0 ? null : path.substring(0, end + 1);
    }

    /** The longest path every given path lies under (whole segments only). */
    static String commonPath(List<String> paths) {
        String common = paths.get(0);
        for (String p : paths) {
            while (common != null && !p.startsWith(common)) {
                common = parent(common);
            }
        }
        return common == null ? Scope.WHOLE_TREE.path() : common;
    }

    private String code(String path) {
        String[] parts = path.split("/");
        try {
            long id = Long.parseLong(parts[parts.length - 1]);
            return jurisdictions.ref(id).map(JurisdictionRef::code).orElse(path);
        } catch (NumberFormatException e) {
            return path;
        }
    }
}

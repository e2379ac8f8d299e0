package org.rampart.warning.cap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Names;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.RiskDomain;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.warning.Rule;
import org.rampart.warning.Warning;
import org.rampart.warning.WarningLevel;
import org.rampart.warning.WarningManagement;
import org.rampart.warning.WarningPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public-warning workflow: a coordinator prepares a draft from a warning (or an update or cancel of a published
 * message), a second person approves it, and it is published as a CAP 1.2 message that must validate first.
 */
@Service
@Transactional(readOnly = true)
public class CapDraftManagement {

    static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);
    static final String GEOCODE = "rampart:jurisdiction";
    static final Set<String> URGENCIES = Set.of("Immediate", "Expected", "Future", "Past", "Unknown");
    static final Set<String> SEVERITIES = Set.of("Extreme", "Severe", "Moderate", "Minor", "Unknown");
    static final Set<String> CERTAINTIES = Set.of("Observed", "Likely", "Possible", "Unlikely", "Unknown");
    static final Set<String> CATEGORIES = Set.of("Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health",
            "Env", "Transport", "Infra", "CBRNE", "Other");
    static final int MAX_TEXT = 4000;
    static final int LIST_SIZE = 200;

    private final CapDraftRepository drafts;
    private final CapManagement cap;
    private final CapRepository messages;
    private final WarningManagement warnings;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final String sender;
    private final Clock clock;
    private final DomainManagement domains;
    private final WarningPolicy policy;
    private final JsonMapper json = JsonMapper.builder().build();

    CapDraftManagement(CapDraftRepository drafts, CapManagement cap, CapRepository messages,
            WarningManagement warnings, JurisdictionManagement jurisdictions, AuditManagement audit,
            @Value("${rampart.cap.sender:rampart@localhost}") String sender, Optional<Clock> clock,
            DomainManagement domains, WarningPolicy policy) {
        this.policy = policy;
        this.domains = domains;
        this.drafts = drafts;
        this.cap = cap;
        this.messages = messages;
        this.warnings = warnings;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.sender = sender;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    private void requireCoordinator(Actor actor) {
        policy.requireCap(actor);
    }

    private void requireWriter(Actor actor) {
        policy.requireCapWrite(actor);
    }

    // --- reading ---

    List<CapDraft> list(Actor actor) {
        requireCoordinator(actor);
        return drafts.list(actor.scopePath(), LIST_SIZE);
    }

    CapDraft get(Actor actor, long id) {
        requireCoordinator(actor);
        return drafts.find(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("CAP draft " + id));
    }

    /** The CAP message this draft would publish now (for the preview); not checked. */
    byte[] preview(Actor actor, long id) {
        CapDraft draft = get(actor, id);
        return CapWriter.write(toMessage(draft, sender, "preview", now(), references(draft)));
    }

    // --- creating ---

    /** Prepare a draft from a warning in the actor's scope (not-found otherwise), prefilled from its rule and level. */
    @Transactional
    CapDraft fromWarning(Actor actor, long warningId) {
        requireWriter(actor);
        Warning warning = warnings.warning(actor, warningId);
        Rule rule = warnings.rule(actor, warning.ruleCode());
        String boundary = boundaryOf(actor, warning.jurisdictionCode());
        CapDraft.Content content = prefill(warning, rule, now().toInstant(), domains.atOrAbove(warning.domain()));
        List<String> polygons = boundary == null ? List.of() : CapAreas.toCap(CapAreas.fromGeoJson(json.readTree(boundary)));
        long id = drafts.insert("Alert", warning.id(), null, warning.jurisdictionCode(), warning.jurisdictionPath(),
                content, polygons, actor.username());
        audit.record("create", "cap_draft", String.valueOf(id), warning.jurisdictionPath(), null,
                auditOf("Alert", content, "warning", warning.id()));
        return drafts.find(actor.scopePath(), id).orElseThrow();
    }

    /** Prepare an Update (or a Cancel) of a message Rampart published, within the actor's scope. */
    @Transactional
    CapDraft fromPublished(Actor actor, long messageId, boolean cancel) {
        requireWriter(actor);
        CapDraft earlier = drafts.publishedAs(actor.scopePath(), messageId)
                .orElseThrow(() -> new NotFoundException("published CAP message " + messageId));
        CapDraft.Content c = earlier.content();
        String msgType = cancel ? "Cancel" : "Update";
        CapDraft.Content content = new CapDraft.Content(c.eventEn(), c.eventZh(), c.category(), c.urgency(),
                c.severity(), c.certainty(), cancel ? c.expires() : now().toInstant().plus(DEFAULT_VALIDITY),
                cancel ? "Cancelled: " + c.headlineEn() : c.headlineEn(),
                cancel ? "The earlier warning is cancelled. " + c.descriptionEn() : c.descriptionEn(), c.instructionEn(),
                cancel ? "解除：" + c.headlineZh() : c.headlineZh(),
                cancel ? "此前发布的预警已解除。" + c.descriptionZh() : c.descriptionZh(), c.instructionZh(), c.areaDesc());
        long id = drafts.insert(msgType, earlier.warningId(), messageId, earlier.jurisdictionCode(),
                earlier.jurisdictionPath(), content, earlier.polygons(), actor.username());
        audit.record("create", "cap_draft", String.valueOf(id), earlier.jurisdictionPath(), null,
                auditOf(msgType, content, "references", messageId));
        return drafts.find(actor.scopePath(), id).orElseThrow();
    }

    private String boundaryOf(Actor actor, String code) {
        JsonNode map = json.readTree(jurisdictions.mapGeoJson(actor, code));
        for (JsonNode feature : map.path("features")) {
            if ("self".equals(feature.path("properties").path("role").asString())) {
                return feature.path("geometry").toString();
            }
        }
        return null;
    }

    /** The draft texts for a warning: event and headline from the rule and indicator, severity from the level. */
    static CapDraft.Content prefill(Warning warning, Rule rule, Instant now) {
        return prefill(warning, rule, now, List.of(warning.domain()));
    }

    /** Prefill with the warning's domain and the domains it lies within ({@code chain}), for the CAP category. */
    static CapDraft.Content prefill(Warning warning, Rule rule, Instant now, List<RiskDomain> chain) {
        WarningLevel level = warning.level() != null ? warning.level() : warning.lastLevel();
        // a rule named in one language only gives that name to both texts
        String nameEn = Names.text(rule.nameEn(), rule.nameZh(), Locale.ENGLISH);
        String nameZh = Names.text(rule.nameEn(), rule.nameZh(), Locale.SIMPLIFIED_CHINESE);
        nameEn = nameEn.isBlank() ? rule.code() : nameEn;
        nameZh = nameZh.isBlank() ? nameEn : nameZh;
        String where = warning.jurisdictionCode();
        String headlineEn = capitalised(level) + " warning (" + level.grade() + "): " + nameEn + " in " + where;
        String headlineZh = where + nameZh + colourZh(level) + "预警（" + level.grade() + "级）";
        String descriptionEn = "Indicator " + warning.indicatorCode() + " crossed the " + level.name().toLowerCase()
                + " level of rule " + rule.code() + " in " + where + "."
                + (warning.explanation() == null || warning.explanation().isBlank() ? "" : " " + warning.explanation());
        String descriptionZh = where + "的指标" + warning.indicatorCode() + "已达到规则" + rule.code() + "的"
                + colourZh(level) + "预警级别。";
        return new CapDraft.Content(nameEn, nameZh, category(chain), "Expected", level.capSeverity(),
                "Likely", now.plus(DEFAULT_VALIDITY).truncatedTo(ChronoUnit.SECONDS), headlineEn, descriptionEn,
                "Follow the instructions of the local authorities and stay informed.", headlineZh, descriptionZh,
                "请听从当地政府的指挥，密切关注预警信息。", where);
    }

    private static String capitalised(WarningLevel level) {
        String name = level.name().toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String colourZh(WarningLevel level) {
        return switch (level) {
            case BLUE -> "蓝色";
            case YELLOW -> "黄色";
            case ORANGE -> "橙色";
            case RED -> "红色";
        };
    }

    /** The CAP category of a risk domain. */
    static String category(RiskDomain domain) {
        return category(domain == null ? List.of() : List.of(domain));
    }

    /** The CAP category of the first domain of the chain (a domain, then its parents) that the default taxonomy maps. */
    static String category(List<RiskDomain> chain) {
        for (RiskDomain domain : chain) {
            String category = switch (domain.code()) {
                case "DISASTER" -> "Met";
                case "PRODUCTION_SAFETY" -> "Safety";
                case "POLITICAL", "SOCIAL_STABILITY", "PUBLIC_ORDER", "DISPUTES", "RULE_OF_LAW" -> "Security";
                case "TECHNOLOGY", "NETWORK_DATA" -> "Infra";
                default -> null;
            };
            if (category != null) {
                return category;
            }
        }
        return "Other";
    }

    // --- editing and the workflow ---

    /** Change the texts of a draft still in state DRAFT; every field is checked and named when wrong. */
    @Transactional
    CapDraft update(Actor actor, long id, CapDraft.Content content) {
        requireWriter(actor);
        CapDraft before = get(actor, id);
        CapDraft.Content checked = check(content);
        if (!drafts.updateContent(id, checked)) {
            throw new ConflictException("CAP draft " + id + " is " + before.state() + ": only a draft can be edited");
        }
        audit.record("update", "cap_draft", String.valueOf(id), before.jurisdictionPath(),
                auditOf(before.msgType(), before.content(), "state", before.state()),
                auditOf(before.msgType(), checked, "state", before.state()));
        return get(actor, id);
    }

    static CapDraft.Content check(CapDraft.Content c) {
        List<Problem> problems = new ArrayList<>();
        String eventEn = text(problems, "eventEn", c.eventEn(), true);
        String eventZh = text(problems, "eventZh", c.eventZh(), true);
        oneOf(problems, "category", c.category(), CATEGORIES);
        oneOf(problems, "urgency", c.urgency(), URGENCIES);
        oneOf(problems, "severity", c.severity(), SEVERITIES);
        oneOf(problems, "certainty", c.certainty(), CERTAINTIES);
        if (c.expires() == null) {
            problems.add(Problem.at("expires", "value.required"));
        }
        String headlineEn = text(problems, "headlineEn", c.headlineEn(), true);
        String descriptionEn = text(problems, "descriptionEn", c.descriptionEn(), true);
        String instructionEn = text(problems, "instructionEn", c.instructionEn(), false);
        String headlineZh = text(problems, "headlineZh", c.headlineZh(), true);
        String descriptionZh = text(problems, "descriptionZh", c.descriptionZh(), true);
        String instructionZh = text(problems, "instructionZh", c.instructionZh(), false);
        String areaDesc = text(problems, "areaDesc", c.areaDesc(), true);
        if (!problems.isEmpty()) {
            throw new BadInputException("The draft has " + problems.size() + " problem(s): " + problems.get(0), problems);
        }
        return new CapDraft.Content(eventEn, eventZh, c.category(), c.urgency(), c.severity(), c.certainty(),
                c.expires().truncatedTo(ChronoUnit.SECONDS), headlineEn, descriptionEn, instructionEn, headlineZh,
                descriptionZh, instructionZh, areaDesc);
    }

    private static String text(List<Problem> problems, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Problem.at(field, "value.required"));
            }
            return null;
        }
        if (value.trim().length() > MAX_TEXT) {
            problems.add(Problem.at(field, "text.too-long", MAX_TEXT));
        }
        return value.trim();
    }

    private static void oneOf(List<Problem> problems, String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            problems.add(Problem.at(field, "value.one-of", new TreeSet<>(allowed), value));
        }
    }

    /** Approve a draft; the person who created it may not (a second person must). */
    @Transactional
    CapDraft approve(Actor actor, long id) {
        requireWriter(actor);
        CapDraft draft = get(actor, id);
        if (draft.createdBy().equals(actor.username())) {
            throw new AccessDeniedException("the creator of a public-warning draft cannot approve it; a second person must");
        }
        if (!drafts.approve(id, actor.username())) {
            throw new ConflictException("CAP draft " + id + " is " + draft.state() + ": only a draft can be approved");
        }
        audit.record("approve", "cap_draft", String.valueOf(id), draft.jurisdictionPath(),
                Map.of("state", draft.state().name()), Map.of("state", "APPROVED", "approvedBy", actor.username()));
        return get(actor, id);
    }

    @Transactional
    CapDraft reject(Actor actor, long id, String reason) {
        requireWriter(actor);
        CapDraft draft = get(actor, id);
        if (reason == null || reason.isBlank()) {
            throw BadInputException.of("reason", "cap.draft.reason.required");
        }
        if (!drafts.reject(id, actor.username(), reason.trim())) {
            throw new ConflictException("CAP draft " + id + " is " + draft.state() + ": it can no longer be rejected");
        }
        audit.record("reject", "cap_draft", String.valueOf(id), draft.jurisdictionPath(),
                Map.of("state", draft.state().name()), Map.of("state", "REJECTED", "reason", reason.trim()));
        return get(actor, id);
    }

    /**
     * The whole workflow at once, for loading demo data: {@code author} prepares a draft from a warning in their
     * scope, {@code approver} (a second person) approves and publishes it; each step checked and audited as from the
     * pages, in the name of the person who took it. Returns the published message's identifier.
     */
    @Transactional
    public String publishFromWarning(Actor author, Actor approver, long warningId) {
        CapDraft draft = CurrentActor.runAs(author, () -> fromWarning(author, warningId));
        return CurrentActor.runAs(approver, () -> {
            approve(approver, draft.id());
            return publish(approver, draft.id()).identifier();
        });
    }

    /** What publishing stored. */
    record Published(CapDraft draft, long messageId, String identifier) {
    }

    /**
     * Publish an approved draft: write the CAP message, check it against the schema and the rules, and store it as a
     * published message that the Atom feed and its stable URL serve.
     */
    @Transactional
    Published publish(Actor actor, long id) {
        requireWriter(actor);
        CapDraft draft = get(actor, id);
        if (draft.state() != CapDraft.State.APPROVED) {
            throw new ConflictException("CAP draft " + id + " is " + draft.state() + ": only an approved draft can be published");
        }
        OffsetDateTime sent = now();
        if (!draft.content().expires().isAfter(sent.toInstant())) {
            throw BadInputException.of("expires", "cap.draft.expired", draft.content().expires());
        }
        String identifier = "rampart-" + draft.jurisdictionCode() + "-" + id + "-" + sent.toEpochSecond();
        byte[] xml = CapWriter.write(toMessage(draft, sender, identifier, sent, references(draft)));
        CapMessage checked = CapParser.parse(xml);
        CapManagement.Imported stored = cap.store(checked, xml, CapRepository.Direction.PUBLISHED, actor.username());
        if (!drafts.published(id, stored.id())) {
            throw new ConflictException("CAP draft " + id + " changed while it was being published");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", "PUBLISHED");
        after.put("message", stored.id());
        after.put("identifier", identifier);
        after.put("msgType", draft.msgType());
        after.put("jurisdictions", stored.jurisdictions());
        audit.record("publish", "cap_draft", String.valueOf(id), draft.jurisdictionPath(),
                Map.of("state", draft.state().name()), after);
        return new Published(get(actor, id), stored.id(), identifier);
    }

    private String references(CapDraft draft) {
        if (draft.referencesMessageId() == null) {
            return null;
        }
        CapRepository.Row earlier = messages.findPublished(draft.referencesMessageId())
                .orElseThrow(() -> new NotFoundException("CAP message " + draft.referencesMessageId()));
        return earlier.sender() + "," + earlier.identifier() + "," + CapWriter.format(earlier.sent());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The CAP message of a draft: one info block in en-US and one in zh-CN, sharing the area. */
    static CapMessage toMessage(CapDraft draft, String sender, String identifier, OffsetDateTime sent,
            String references) {
        CapDraft.Content c = draft.content();
        CapMessage.Area area = new CapMessage.Area(c.areaDesc(), draft.polygons(), List.of(),
                List.of(new CapMessage.NamedValue(GEOCODE, draft.jurisdictionCode())), null, null);
        OffsetDateTime expires = c.expires().atOffset(sent.getOffset());
        return new CapMessage(identifier, sender, sent, "Actual", draft.msgType(), null, "Public", null, null,
                List.of(), null, references, null, List.of(
                        info("en-US", c, c.eventEn(), c.headlineEn(), c.descriptionEn(), c.instructionEn(), expires, area),
                        info("zh-CN", c, c.eventZh(), c.headlineZh(), c.descriptionZh(), c.instructionZh(), expires, area)));
    }

    private static CapMessage.Info info(String language, CapDraft.Content c, String event, String headline,
            String description, String instruction, OffsetDateTime expires, CapMessage.Area area) {
        return new CapMessage.Info(language, List.of(c.category()), event, List.of(), c.urgency(), c.severity(),
                c.certainty(), null, List.of(), null, null, expires, "Rampart", headline, description, instruction,
                null, null, List.of(), List.of(), List.of(area));
    }

    private static Map<String, Object> auditOf(String msgType, CapDraft.Content c, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("msgType", msgType);
        m.put(key, value);
        m.put("severity", c.severity());
        m.put("urgency", c.urgency());
        m.put("certainty", c.certainty());
        m.put("expires", c.expires().toString());
        m.put("headlineEn", c.headlineEn());
        m.put("headlineZh", c.headlineZh());
        return m;
    }
}

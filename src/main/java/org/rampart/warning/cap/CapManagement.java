package org.rampart.warning.cap;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.warning.WarningLevel;
import org.rampart.warning.WarningPolicy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import CAP 1.2 messages, place them on the jurisdiction tree, and read them back within the caller's scope;
 * serve published ones to anybody.
 */
@Service
@Transactional(readOnly = true)
class CapManagement {

    /** Areas are mapped down to this level (township), so that every drawn level can see what concerns it. */
    static final int MAP_DOWN_TO_LEVEL = 4;
    static final int FEED_SIZE = 100;

    private final CapRepository repository;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final WarningPolicy policy;

    CapManagement(CapRepository repository, JurisdictionManagement jurisdictions, AuditManagement audit,
            WarningPolicy policy) {
        this.policy = policy;
        this.repository = repository;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    /** What an import stored. */
    record Imported(long id, String identifier, String sender, OffsetDateTime sent, List<String> jurisdictions) {
    }

    /** A message as the list and detail pages show it. */
    record Summary(CapRepository.Row message, List<CapRepository.InfoRow> infos, List<CapRepository.AreaRow> areas) {

        /** The info block in the locale's language, else the first one; null when the message has none. */
        CapRepository.InfoRow info(Locale locale) {
            String wanted = locale == null ? "en" : locale.getLanguage();
            return infos.stream().filter(i -> i.language().toLowerCase(Locale.ROOT).split("-")[0].equals(wanted))
                    .findFirst().orElse(infos.isEmpty() ? null : infos.get(0));
        }

        List<String> jurisdictionCodes() {
            return areas.stream().map(CapRepository.AreaRow::jurisdictionCode).toList();
        }
    }

    /** The warning level whose CAP severity is this one, or null (Unknown, or no severity). */
    static WarningLevel level(String severity) {
        for (WarningLevel level : WarningLevel.values()) {
            if (level.capSeverity().equals(severity)) {
                return level;
            }
        }
        return null;
    }

    /** Parse, check, store and map a message; coordinators and administrators only. */
    @Transactional
    Imported importMessage(Actor actor, byte[] xml) {
        policy.requireCapWrite(actor);
        CapMessage message = CapParser.parse(xml);
        if (repository.exists(message.sender(), message.identifier(), message.sent())) {
            throw duplicate(message);
        }
        Imported stored = store(message, xml, CapRepository.Direction.IMPORTED, actor.username());
        long id = stored.id();
        List<String> codes = stored.jurisdictions();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("identifier", message.identifier());
        after.put("sender", message.sender());
        after.put("sent", CapWriter.format(message.sent()));
        after.put("msgType", message.msgType());
        after.put("jurisdictions", codes);
        audit.record("import", "cap_message", String.valueOf(id), null, null, after);
        return stored;
    }

    /** Store a checked message with its texts and the jurisdictions its areas map to; no role check, no audit. */
    Imported store(CapMessage message, byte[] xml, CapRepository.Direction direction, String username) {
        long id;
        try {
            id = repository.insert(message, xml, direction, username);
        } catch (DuplicateKeyException e) {
            throw duplicate(message);
        }
        repository.insertInfos(id, message.infos());
        List<CapRepository.AreaRow> areas = map(id, message);
        repository.insertAreas(id, areas);
        List<String> codes = areas.stream().map(CapRepository.AreaRow::jurisdictionCode).toList();
        return new Imported(id, message.identifier(), message.sender(), message.sent(), codes);
    }

    private static ConflictException duplicate(CapMessage m) {
        return new ConflictException("A CAP message from '" + m.sender() + "' with identifier '" + m.identifier()
                + "' sent at " + CapWriter.format(m.sent()) + " was already imported");
    }

    /** Map every area by polygon or circle intersection with the boundaries, and by geocodes naming a jurisdiction. */
    private List<CapRepository.AreaRow> map(long id, CapMessage message) {
        Map<Long, CapRepository.AreaRow> mapped = new LinkedHashMap<>();
        for (CapMessage.Info info : message.infos()) {
            for (CapMessage.Area area : info.areas()) {
                for (String polygon : area.polygons()) {
                    add(mapped, id, intersecting(CapAreas.polygon(polygon)), "POLYGON");
                }
                for (String circle : area.circles()) {
                    add(mapped, id, intersecting(CapAreas.circle(circle)), "CIRCLE");
                }
                for (CapMessage.NamedValue geocode : area.geocodes()) {
                    jurisdictions.ref(geocode.value().trim()).ifPresent(ref -> add(mapped, id, List.of(ref), "GEOCODE"));
                }
            }
        }
        List<CapRepository.AreaRow> rows = new ArrayList<>(mapped.values());
        rows.sort(java.util.Comparator.comparingInt(CapRepository.AreaRow::level)
                .thenComparing(CapRepository.AreaRow::jurisdictionCode));
        return rows;
    }

    private List<JurisdictionRef> intersecting(Geometry geometry) {
        return jurisdictions.intersecting(geometry, MAP_DOWN_TO_LEVEL);
    }

    private static void add(Map<Long, CapRepository.AreaRow> mapped, long id, List<JurisdictionRef> refs, String by) {
        for (JurisdictionRef ref : refs) {
            mapped.putIfAbsent(ref.id(), new CapRepository.AreaRow(id, ref.id(), ref.code(), ref.path(), ref.level(), by));
        }
    }

    Page<Summary> list(Actor actor, PageQuery page) {
        Page<CapRepository.Row> rows = repository.page(actor.scopePath(), jurisdictions.coversWholeTree(actor), page);
        List<Long> ids = rows.items().stream().map(CapRepository.Row::id).toList();
        Map<Long, List<CapRepository.InfoRow>> infos = repository.infos(ids);
        Map<Long, List<CapRepository.AreaRow>> areas = repository.areas(ids);
        return rows.map(r -> new Summary(r, infos.getOrDefault(r.id(), List.of()), areas.getOrDefault(r.id(), List.of())));
    }

    /** A message in the actor's scope; throws not-found otherwise. */
    Summary get(Actor actor, long id) {
        CapRepository.Row row = repository.find(actor.scopePath(), jurisdictions.coversWholeTree(actor), id)
                .orElseThrow(() -> new NotFoundException("CAP message " + id));
        return new Summary(row, repository.infos(List.of(id)).getOrDefault(id, List.of()),
                repository.areas(List.of(id)).getOrDefault(id, List.of()));
    }

    /** The model of a message in the actor's scope, read again from its stored XML. */
    CapMessage message(Actor actor, long id) {
        get(actor, id);
        return CapParser.parse(repository.xml(id));
    }

    /** The original bytes of a message in the actor's scope. */
    byte[] xml(Actor actor, long id) {
        get(actor, id);
        return repository.xml(id);
    }

    /** The original bytes of a published message, for anybody; throws not-found for any other id. */
    byte[] publishedXml(long id) {
        repository.findPublished(id).orElseThrow(() -> new NotFoundException("CAP message " + id));
        return repository.xml(id);
    }

    boolean isPublished(long id) {
        return repository.findPublished(id).isPresent();
    }

    /** The newest published messages with their texts, for the Atom feed. */
    List<Summary> feed() {
        List<CapRepository.Row> rows = repository.published(FEED_SIZE);
        List<Long> ids = rows.stream().map(CapRepository.Row::id).toList();
        Map<Long, List<CapRepository.InfoRow>> infos = repository.infos(ids);
        return rows.stream().map(r -> new Summary(r, infos.getOrDefault(r.id(), List.of()), List.of())).toList();
    }
}

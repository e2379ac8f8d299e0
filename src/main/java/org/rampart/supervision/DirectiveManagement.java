package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.rampart.shared.Actor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Write, circulate and follow directives (传达): the committee office of a jurisdiction circulates a directive with its
 * documents to units below; each receiving unit confirms it, passes it on to the units below where it applies, and
 * reports on implementation when asked; the sending scope follows it in a tree with the gaps highlighted. Every
 * change is audited with before and after.
 * <p>Visibility: a directive is seen by the scope of its sending jurisdiction (drafts only there) and, once
 * circulated, by whoever sees one of its receipts; a receipt is seen by the scope of its unit's jurisdiction, the
 * members of its unit and of the unit that passed it on. Anything else answers like something that does not exist.
 * <p>The facade holds the transactions and delegates to {@link DirectiveDrafting}, {@link DirectiveCirculating},
 * {@link DirectiveReceiving}, {@link DirectiveQueries} and {@link DirectiveTasking} (tasks through
 * {@link TaskManagement}).
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(DirectiveSettings.class)
public class DirectiveManagement {

    private final DirectiveSupport support;
    private final DirectiveDrafting drafting;
    private final DirectiveCirculating circulating;
    private final DirectiveReceiving receiving;
    private final DirectiveQueries queries;
    private final DirectiveTasking tasking;

    DirectiveManagement(DirectiveSupport support, DirectiveDrafting drafting, DirectiveCirculating circulating,
            DirectiveReceiving receiving, DirectiveQueries queries, DirectiveTasking tasking) {
        this.tasking = tasking;
        this.support = support;
        this.drafting = drafting;
        this.circulating = circulating;
        this.receiving = receiving;
        this.queries = queries;
    }

    /**
     * The same facade with its clock set to {@code clock}, for loading historic records (demo data) so that
     * circulation, confirmations and deadlines carry their historic times. Only the system replays; the replaying
     * facade runs in the caller's transaction.
     */
    public DirectiveManagement replaying(Actor actor, java.time.Clock clock) {
        if (actor != Actor.system()) {
            throw new org.springframework.security.access.AccessDeniedException("only the system replays history");
        }
        DirectiveSupport at = support.at(clock);
        return new DirectiveManagement(at, new DirectiveDrafting(at),
                new DirectiveCirculating(at, new DirectiveAddressing(at)), new DirectiveReceiving(at),
                new DirectiveQueries(at), tasking.at(at));
    }

    /** The rules of who may do what with directives, for pages that show or hide actions. */
    public DirectivePolicy policy() {
        return support.policy;
    }

    /** The site's time zone, in which deadline days are read. */
    public ZoneId zone() {
        return support.zone;
    }

    public Instant now() {
        return support.now();
    }

    public LocalDate today() {
        return support.today();
    }

    /** The most documents a directive carries, and their total size in bytes. */
    public int maxDocuments() {
        return support.settings.maxDocuments();
    }

    public long maxDocumentBytes() {
        return support.settings.maxDocumentBytes();
    }

    /** The size limit of one uploaded file, in bytes. */
    public long maxUploadBytes() {
        return support.uploadLimit.maxBytes();
    }

    /** Refuse an upload whose announced size is over the limit (413), before reading it. */
    public void checkUploadSize(long bytes) {
        support.uploadLimit.check(bytes);
    }

    // --- reading ---

    /**
     * The directives the actor sees, newest first: {@code sent} true only those of the actor's sending scope, false
     * only those received, null both; {@code q} matches the number or a title.
     */
    public Page<Directive> search(Actor actor, Boolean sent, String q, PageQuery page) {
        return queries.search(actor, sent, q, page);
    }

    /** The directive; not found when the actor does not see it. */
    public Directive get(Actor actor, long id) {
        return support.get(actor, id);
    }

    public List<DirectiveDocument> documents(Actor actor, long id) {
        return queries.documents(actor, id);
    }

    /** The receipts the actor sees, top level first. */
    public List<DirectiveReceipt> receipts(Actor actor, long id) {
        return queries.receipts(actor, id);
    }

    /** One receipt the actor sees; not found otherwise (a sibling's receipt included). */
    public DirectiveReceipt receipt(Actor actor, long id, long receiptId) {
        return queries.receipt(actor, id, receiptId);
    }

    /** The receipt of the actor's unit, if the unit received the directive. */
    public Optional<DirectiveReceipt> ownReceipt(Actor actor, long id) {
        return queries.ownReceipt(actor, id);
    }

    /** The receipts the actor sees as a tree, with each one's gaps and the counts. */
    public DirectiveTree tree(Actor actor, long id) {
        return queries.tree(actor, id);
    }

    /**
     * The directives the actor's unit has received and not confirmed, soonest deadline first, at most {@code limit}
     * ("my unit's work"); empty for an actor without a unit.
     */
    public List<DirectiveToConfirm> toConfirm(Actor actor, int limit) {
        return queries.toConfirm(actor, limit);
    }

    /** {@link #toConfirm(Actor, int)} with at most 50. */
    public List<DirectiveToConfirm> toConfirm(Actor actor) {
        return queries.toConfirm(actor, 50);
    }

    /** The supervision tasks the directive became that the actor may know of, oldest first. */
    public List<DirectiveTaskLink> tasks(Actor actor, long id) {
        return queries.tasks(actor, id).stream().map(t -> new DirectiveTaskLink(t.taskId(), t.receiptId(),
                DirectiveTaskLink.Kind.valueOf(t.kind()), t.createdAt(), t.createdBy())).toList();
    }

    // --- the office ---

    /** Create a draft directive for a jurisdiction in the actor's scope (coordinators and administrators). */
    @Transactional
    public Directive create(Actor actor, DirectiveDraft draft) {
        return drafting.create(actor, draft);
    }

    /**
     * Create a draft with its documents in one transaction: a refused document refuses the draft, and nothing is
     * written (the problems of a document name the field {@code files} and its index).
     */
    @Transactional
    public Directive createWithDocuments(Actor actor, DirectiveDraft draft, List<DirectiveUpload> files) {
        Directive created = drafting.create(actor, draft);
        for (int i = 0; i < files.size(); i++) {
            DirectiveUpload f = files.get(i);
            try {
                drafting.attach(actor, created.id(), f.fileName(), f.contentType(), f.content());
            } catch (org.rampart.shared.BadInputException e) {
                final int index = i;
                throw new org.rampart.shared.BadInputException(
                        e.problems().stream().map(p -> p.withField("files").onItem(index)).toList());
            }
        }
        return support.directives.byId(created.id());
    }

    /** Replace a draft's text and deadlines; a circulated directive no longer changes. */
    @Transactional
    public Directive update(Actor actor, long id, DirectiveDraft draft) {
        return drafting.update(actor, id, draft);
    }

    /** Attach a document to a draft, within the per-file, count and total size limits. */
    @Transactional
    public DirectiveDocument attach(Actor actor, long id, String fileName, String contentType, byte[] content) {
        return drafting.attach(actor, id, fileName, contentType, content);
    }

    @Transactional
    public void removeDocument(Actor actor, long id, long documentId) {
        drafting.removeDocument(actor, id, documentId);
    }

    /** Circulate a draft to its receiving units; they are to confirm by its date (or the default time from now). */
    @Transactional
    public Directive circulate(Actor actor, long id, DirectiveRecipients recipients) {
        return circulating.circulate(actor, id, recipients);
    }

    /**
     * Turn a circulated directive into supervision tasks in one step, one per receiving unit chosen (the units it was
     * circulated to when none is named), all or nothing (the sending side).
     */
    @Transactional
    public List<Task> toTasks(Actor actor, long id, DirectiveTasksDraft draft) {
        return tasking.toTasks(actor, id, draft);
    }

    // --- a receiving unit ---

    /** Confirm a receipt for the unit (a member of the unit). */
    @Transactional
    public DirectiveReceipt confirm(Actor actor, long id, long receiptId) {
        return receiving.confirm(actor, id, receiptId);
    }

    /** Pass a confirmed receipt on to units directly below, or say that it does not apply below (a member). */
    @Transactional
    public DirectiveReceipt passOn(Actor actor, long id, long receiptId, DirectiveRecipients recipients) {
        return circulating.passOn(actor, id, receiptId, recipients);
    }

    /** Report how the unit will implement the directive (when the directive asks for it, once). */
    @Transactional
    public DirectiveReceipt report(Actor actor, long id, long receiptId, String text) {
        return receiving.report(actor, id, receiptId, text);
    }

    /** Download a document of a directive the actor sees; the download is recorded for the actor's unit. */
    @Transactional
    public DirectiveFile download(Actor actor, long id, long documentId) {
        return receiving.download(actor, id, documentId);
    }
}

package org.rampart.supervision.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rampart.supervision.Directive;
import org.rampart.supervision.DirectiveDocument;
import org.rampart.supervision.DirectiveReceipt;
import org.rampart.supervision.DirectiveStatus;
import org.rampart.supervision.DirectiveTaskLink;
import org.rampart.supervision.DirectiveTree;
import org.rampart.supervision.PassOn;

/** The API's shape of a directive, with its documents and the reader's own receipt. */
@Schema(description = "A directive with its documents and, when the reader's unit received it, its receipt.")
record DirectiveView(long id, int version, String number, String titleEn, String titleZh, String text,
        @Schema(description = "Code of the sending jurisdiction.") String jurisdiction,
        @Schema(description = "Code of the sending unit, or null.") String sendingUnit,
        @Schema(implementation = DirectiveStatus.class) String status,
        @Schema(description = "When the units circulated to are to confirm (instant).") Instant confirmBy,
        boolean reportRequired, LocalDate reportDue, String createdBy, Instant createdAt, Instant circulatedAt,
        String circulatedBy, List<DocumentView> documents, ReceiptView ownReceipt) {

    static DirectiveView of(Directive d, List<DirectiveDocument> documents, DirectiveReceipt own, Instant now) {
        return new DirectiveView(d.id(), d.version(), d.number(), d.titleEn(), d.titleZh(), d.text(),
                d.jurisdictionCode(), d.sendingUnitCode(), d.status().name(), d.confirmBy(), d.reportRequired(),
                d.reportDue(), d.createdBy(), d.createdAt(), d.circulatedAt(), d.circulatedBy(),
                documents == null ? null : documents.stream().map(DocumentView::of).toList(),
                own == null ? null : ReceiptView.of(own, now));
    }

    /** A document without its bytes; {@code href} downloads it (and records the download for the reader's unit). */
    record DocumentView(long id, String fileName, String contentType,
            @Schema(description = "Size in bytes.") long size, String sha256, String uploadedBy, Instant uploadedAt,
            String href) {

        static DocumentView of(DirectiveDocument d) {
            return new DocumentView(d.id(), d.fileName(), d.contentType(), d.size(), d.sha256(), d.uploadedBy(),
                    d.uploadedAt(), "/api/v1/directives/" + d.directiveId() + "/documents/" + d.id());
        }
    }

    /** A receiving unit's receipt and what it has done. */
    record ReceiptView(long id, Long parentId, @Schema(description = "1 for the office's recipients, +1 per pass-on.") int depth,
            String unit, String jurisdiction, Instant receivedAt, Instant confirmBy, Instant confirmedAt,
            String confirmedBy, @Schema(description = "Not confirmed by the deadline, or confirmed after it.") boolean overdue,
            @Schema(description = "Units exist below this unit's jurisdiction.") boolean hasBelow,
            @Schema(implementation = PassOn.class, nullable = true) String passOn, Instant passedOnAt, String passedOnBy,
            String passOnNote, Instant reportedAt, String reportedBy, String report,
            @Schema(description = "Downloads of the directive's documents by members of the unit.") int downloads,
            @Schema(description = "The supervision task the unconfirmed receipt became, or null.") Long task) {

        static ReceiptView of(DirectiveReceipt r, Instant now) {
            return new ReceiptView(r.id(), r.parentId(), r.depth(), r.unitCode(), r.jurisdictionCode(), r.receivedAt(),
                    r.confirmBy(), r.confirmedAt(), r.confirmedBy(), r.overdue(now), r.hasBelow(),
                    r.passOn() == null ? null : r.passOn().name(), r.passedOnAt(), r.passedOnBy(), r.passOnNote(),
                    r.reportedAt(), r.reportedBy(), r.reportText(), r.downloads(), r.taskId());
        }
    }

    /** The tree the reader sees, with the counts over it. */
    record TreeView(long directive, String number, DirectiveTree.Counts counts, List<NodeView> receipts) {

        static TreeView of(DirectiveTree tree, Instant now) {
            return new TreeView(tree.directive().id(), tree.directive().number(), tree.counts(),
                    tree.roots().stream().map(n -> NodeView.of(n, now)).toList());
        }
    }

    /** A receipt in the tree with the unit's names, its gaps and the receipts it passed on. */
    record NodeView(ReceiptView receipt, String unitNameEn, String unitNameZh,
            @Schema(description = "What is missing: UNCONFIRMED, OVERDUE, NOT_PASSED_ON, NOT_REPORTED, NOT_DOWNLOADED.")
            Set<DirectiveTree.Gap> gaps, List<NodeView> children) {

        static NodeView of(DirectiveTree.Node n, Instant now) {
            return new NodeView(ReceiptView.of(n.receipt(), now), n.unitNameEn(), n.unitNameZh(), n.gaps(),
                    n.children().stream().map(c -> NodeView.of(c, now)).toList());
        }
    }

    /** A supervision task the directive became. */
    record TaskLinkView(long task, Long receipt, @Schema(implementation = DirectiveTaskLink.Kind.class) String kind,
            Instant createdAt, String createdBy) {

        static TaskLinkView of(DirectiveTaskLink t) {
            return new TaskLinkView(t.taskId(), t.receiptId(), t.kind().name(), t.createdAt(), t.createdBy());
        }
    }
}

package org.rampart.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.Directive;
import org.rampart.supervision.DirectiveDraft;
import org.rampart.supervision.DirectiveFile;
import org.rampart.supervision.DirectiveManagement;
import org.rampart.supervision.DirectiveRecipients;
import org.rampart.supervision.DirectiveToConfirm;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The directive API: drafts and their documents, circulation, receipts (confirm, pass on, report), the tree. */
@RestController
@RequestMapping("/api/v1/directives")
class DirectiveApiController {

    private final DirectiveManagement directives;

    DirectiveApiController(DirectiveManagement directives) {
        this.directives = directives;
    }

    @Operation(summary = "The directives the caller sees, newest first (sent: true the caller's scope sent, false "
            + "received, absent both).")
    @GetMapping
    Page<DirectiveView> list(@RequestParam(required = false) Boolean sent, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return directives.search(CurrentActor.get(), sent, q, PageQuery.of(page, size))
                .map(d -> DirectiveView.of(d, null, null, directives.now()));
    }

    @Operation(summary = "The directives the caller's unit has to confirm, soonest deadline first (\"my unit's work\").")
    @GetMapping("/to-confirm")
    List<DirectiveToConfirm> toConfirm() {
        return directives.toConfirm(CurrentActor.get());
    }

    @Operation(summary = "Create a draft directive (coordinators and administrators of the jurisdiction's scope).")
    @PostMapping
    ResponseEntity<DirectiveView> create(@RequestBody DirectiveDraft body) {
        Actor actor = CurrentActor.get();
        Directive created = directives.create(actor, body);
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, "/api/v1/directives/" + created.id())
                .body(view(actor, created));
    }

    @GetMapping("/{id}")
    DirectiveView get(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        return view(actor, directives.get(actor, id));
    }

    @Operation(summary = "Replace a draft's number, titles, text and deadlines (drafts only).")
    @PutMapping("/{id}")
    DirectiveView update(@PathVariable long id, @RequestBody DirectiveDraft body) {
        Actor actor = CurrentActor.get();
        return view(actor, directives.update(actor, id, body));
    }

    @Operation(summary = "Attach a document to a draft (multipart part \"file\"; each file within the upload limit, "
            + "the directive within its document count and total size).")
    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DirectiveView.DocumentView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        if (file == null) {
            throw BadInputException.of("file", "value.required");
        }
        directives.checkUploadSize(file.getSize());
        var document = directives.attach(CurrentActor.get(), id, file.getOriginalFilename(), file.getContentType(),
                file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(DirectiveView.DocumentView.of(document));
    }

    @DeleteMapping("/{id}/documents/{documentId}")
    ResponseEntity<Void> removeDocument(@PathVariable long id, @PathVariable long documentId) {
        directives.removeDocument(CurrentActor.get(), id, documentId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Download a document; the download is recorded for the caller's unit.")
    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return file(directives.download(CurrentActor.get(), id, documentId));
    }

    static ResponseEntity<byte[]> file(DirectiveFile file) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(file.document().fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noCache().cachePrivate())
                .body(file.content());
    }

    @Operation(summary = "Circulate a draft to its receiving units.")
    @PostMapping("/{id}/circulate")
    DirectiveView circulate(@PathVariable long id, @RequestBody DirectiveRecipients body) {
        Actor actor = CurrentActor.get();
        return view(actor, directives.circulate(actor, id, body));
    }

    @Operation(summary = "The receipts the caller sees as a tree, each with its gaps, and the counts.")
    @GetMapping("/{id}/tree")
    DirectiveView.TreeView tree(@PathVariable long id) {
        return DirectiveView.TreeView.of(directives.tree(CurrentActor.get(), id), directives.now());
    }

    @GetMapping("/{id}/receipts")
    List<DirectiveView.ReceiptView> receipts(@PathVariable long id) {
        return directives.receipts(CurrentActor.get(), id).stream()
                .map(r -> DirectiveView.ReceiptView.of(r, directives.now())).toList();
    }

    @GetMapping("/{id}/receipts/{receiptId}")
    DirectiveView.ReceiptView receipt(@PathVariable long id, @PathVariable long receiptId) {
        return DirectiveView.ReceiptView.of(directives.receipt(CurrentActor.get(), id, receiptId), directives.now());
    }

    @Operation(summary = "Confirm the directive for the unit (a member of the receiving unit).")
    @PostMapping("/{id}/receipts/{receiptId}/confirm")
    DirectiveView.ReceiptView confirm(@PathVariable long id, @PathVariable long receiptId) {
        return DirectiveView.ReceiptView.of(directives.confirm(CurrentActor.get(), id, receiptId), directives.now());
    }

    @Operation(summary = "Pass the confirmed directive on to units directly below, or say it does not apply below.")
    @PostMapping("/{id}/receipts/{receiptId}/pass-on")
    DirectiveView.ReceiptView passOn(@PathVariable long id, @PathVariable long receiptId,
            @RequestBody DirectiveRecipients body) {
        return DirectiveView.ReceiptView.of(directives.passOn(CurrentActor.get(), id, receiptId, body), directives.now());
    }

    /** The unit's implementation report. */
    record ReportBody(@Schema(description = "How the unit will implement the directive (required), at most 8,000 "
            + "characters.", maxLength = 8000) String text) {
    }

    @Operation(summary = "Report how the unit will implement the directive (when asked; once).")
    @PostMapping("/{id}/receipts/{receiptId}/report")
    DirectiveView.ReceiptView report(@PathVariable long id, @PathVariable long receiptId, @RequestBody ReportBody body) {
        return DirectiveView.ReceiptView.of(directives.report(CurrentActor.get(), id, receiptId, body.text()),
                directives.now());
    }

    @Operation(summary = "Turn the directive into supervision tasks, one per receiving unit chosen, all or nothing.")
    @PostMapping("/{id}/tasks")
    ResponseEntity<List<DirectiveView.TaskLinkView>> toTasks(@PathVariable long id,
            @RequestBody org.rampart.supervision.DirectiveTasksDraft body) {
        Actor actor = CurrentActor.get();
        var created = directives.toTasks(actor, id, body);
        java.util.Set<Long> ids = new java.util.HashSet<>(created.stream().map(org.rampart.supervision.Task::id).toList());
        return ResponseEntity.status(HttpStatus.CREATED).body(directives.tasks(actor, id).stream()
                .filter(t -> ids.contains(t.taskId())).map(DirectiveView.TaskLinkView::of).toList());
    }

    @GetMapping("/{id}/tasks")
    List<DirectiveView.TaskLinkView> tasks(@PathVariable long id) {
        return directives.tasks(CurrentActor.get(), id).stream().map(DirectiveView.TaskLinkView::of).toList();
    }

    private DirectiveView view(Actor actor, Directive d) {
        return DirectiveView.of(d, directives.documents(actor, d.id()), directives.ownReceipt(actor, d.id()).orElse(null),
                directives.now());
    }
}

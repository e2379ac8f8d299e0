package org.rampart.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rampart.risk.Assessment;
import org.rampart.risk.AssessmentDraft;
import org.rampart.risk.ReviewDue;
import org.rampart.risk.Risk;
import org.rampart.risk.RiskDraft;
import org.rampart.risk.RiskFilter;
import org.rampart.risk.RiskManagement;
import org.rampart.risk.Treatment;
import org.rampart.risk.TreatmentDraft;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The risk register API: the scoped, filtered list, one risk, its assessments, status, reviews and treatments. */
@RestController
@RequestMapping("/api/v1/risks")
@Tag(name = "Risks", description = "The risk register: risks of the caller's scope, assessed on the matrix")
class RiskApiController {

    /** What PUT on a risk does: neither an absent member nor a null one changes anything. */
    private static final String PUT = "Members that are absent or null keep their values (a full draft with nulls "
            + "loses nothing; use PATCH to clear a member). A change of likelihood, impact or the residual ones records "
            + "an assessment and needs a reason.";

    /** What PATCH on a risk does: JSON merge-patch, so an absent member keeps and an explicit null clears. */
    private static final String PATCH = "Members left out keep their values. An explicit null clears ownerUnit, "
            + "targetLevel, residualLikelihood and residualImpact (other members keep their values on null); the "
            + "residual likelihood and impact must end up both set or both empty. A change of likelihood, impact or the "
            + "residual ones records an assessment and needs a reason.";

    private final RiskManagement risks;
    private final JsonMapper json;

    RiskApiController(RiskManagement risks, JsonMapper json) {
        this.risks = risks;
        this.json = json;
    }

    /** A change of status; a reason is required to close. */
    record StatusChange(@Schema(implementation = org.rampart.risk.RiskStatus.class) String status, String reason) {
    }

    /** A closing with its reason. */
    record Closing(String reason) {
    }

    /** A review with an optional note. */
    record ReviewNote(String note) {
    }

    @GetMapping
    @Operation(summary = "List risks of the caller's scope",
            description = "Filters: q (full text, English and Chinese), domain (with its sub-domains), level, status "
                    + "(open risks when absent; ALL for every status), jurisdiction (a subtree), ownerUnit, bottomLine, "
                    + "overdueReview, reassessmentNeeded. sort: code, title, level, residual, domain, nextReview, updated, "
                    + "status, jurisdiction, with a leading '-' for descending; by default bottom-line risks come first, "
                    + "then the highest scores.")
    Page<RiskView> list(@ParameterObject RiskQuery query, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        LocalDate today = risks.today();
        return risks.search(CurrentActor.get(), query.filter(), PageQuery.of(page, size)).map(r -> RiskView.of(r, today));
    }

    @PostMapping
    @Operation(summary = "Create a risk with its first assessment")
    ResponseEntity<RiskView> create(@RequestBody RiskDraft body) {
        Risk created = risks.create(CurrentActor.get(), body);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/risks/" + created.code())
                .body(RiskView.of(created, risks.today()));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Read one risk of the caller's scope (404 outside it)")
    RiskView get(@PathVariable String code) {
        return RiskView.of(risks.get(CurrentActor.get(), code), risks.today());
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a risk", description = PUT)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, // documented as the draft it is read into
            content = @Content(schema = @Schema(implementation = RiskDraft.class)))
    RiskView update(@PathVariable String code, @RequestBody JsonNode body, HttpServletRequest request) {
        return change(code, body, request, false);
    }

    @PatchMapping("/{code}")
    @Operation(summary = "Change some members of a risk", description = PATCH)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, // documented as the draft it is read into
            content = @Content(schema = @Schema(implementation = RiskDraft.class)))
    RiskView patch(@PathVariable String code, @RequestBody JsonNode body, HttpServletRequest request) {
        return change(code, body, request, true);
    }

    /**
     * Read the body as a draft; with {@code nullClears} (PATCH) note which clearable members it sets to null
     * explicitly, otherwise (PUT) a null keeps like an absent member.
     */
    private RiskView change(String code, JsonNode body, HttpServletRequest request, boolean nullClears) {
        if (body == null || !body.isObject()) {
            throw new BadInputException("The request body must be a JSON object of the risk's members.", List.of());
        }
        RiskDraft draft;
        try {
            draft = json.treeToValue(body, RiskDraft.class);
        } catch (DatabindException e) {
            throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
        }
        Set<String> cleared = new HashSet<>();
        for (String member : RiskManagement.CLEARABLE) {
            if (nullClears && body.has(member) && body.get(member).isNull()) {
                cleared.add(member);
            }
        }
        return RiskView.of(risks.update(CurrentActor.get(), code, draft, cleared), risks.today());
    }

    @GetMapping("/{code}/assessments")
    @Operation(summary = "Every assessment of a risk, oldest first")
    List<Assessment> assessments(@PathVariable String code) {
        return risks.assessments(CurrentActor.get(), code);
    }

    @PostMapping("/{code}/assessments")
    @Operation(summary = "Re-assess a risk", description = "Records who, when and why; recomputes score and levels from "
            + "the matrix, moves the next review and clears a flag for re-assessment.")
    ResponseEntity<RiskView> assess(@PathVariable String code, @RequestBody AssessmentDraft body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(RiskView.of(risks.assess(CurrentActor.get(), code, body),
                risks.today()));
    }

    @PostMapping("/{code}/status")
    @Operation(summary = "Move a risk to another status (identified, assessed, treating, monitored, closed)")
    RiskView status(@PathVariable String code, @RequestBody StatusChange body) {
        return RiskView.of(risks.move(CurrentActor.get(), code, body.status(), body.reason()), risks.today());
    }

    @PostMapping("/{code}/close")
    @Operation(summary = "Close a risk with a reason")
    RiskView close(@PathVariable String code, @RequestBody Closing body) {
        return RiskView.of(risks.close(CurrentActor.get(), code, body.reason()), risks.today());
    }

    @PostMapping("/{code}/reviews")
    @Operation(summary = "Record a review; the next review moves by the review frequency")
    RiskView review(@PathVariable String code, @RequestBody(required = false) ReviewNote body) {
        return RiskView.of(risks.review(CurrentActor.get(), code, body == null ? null : body.note()), risks.today());
    }

    @GetMapping("/{code}/treatments")
    @Operation(summary = "The treatment actions of a risk, by due date")
    List<Treatment> treatments(@PathVariable String code) {
        return risks.treatments(CurrentActor.get(), code);
    }

    @PostMapping("/{code}/treatments")
    @Operation(summary = "Add a treatment action (due no earlier than the day the risk was created)")
    ResponseEntity<Treatment> addTreatment(@PathVariable String code, @RequestBody TreatmentDraft body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(risks.addTreatment(CurrentActor.get(), code, body));
    }

    @PutMapping("/{code}/treatments/{id}")
    @Operation(summary = "Change a treatment action; members left out keep their values (409 once the risk is closed)")
    Treatment updateTreatment(@PathVariable String code, @PathVariable long id, @RequestBody TreatmentDraft body) {
        return risks.updateTreatment(CurrentActor.get(), code, id, body);
    }

    @GetMapping("/reviews")
    @Operation(summary = "Reviews overdue or due within `days` days (default 30), per owner unit, in the caller's scope")
    List<ReviewDue> reviews(@RequestParam(required = false) Integer days) {
        return risks.reviewsDue(CurrentActor.get(), days == null ? 30 : days);
    }

    /** The filters of the list, export and register page, as request parameters. */
    record RiskQuery(String q, String domain, @Schema(implementation = org.rampart.risk.RiskLevel.class) String level,
            @Schema(implementation = org.rampart.risk.RiskStatus.class) String status, String jurisdiction, String ownerUnit,
            Boolean bottomLine, Boolean overdueReview, Boolean reassessmentNeeded, String sort) {

        RiskFilter filter() {
            return new RiskFilter(q, domain, level, status, jurisdiction, ownerUnit, bottomLine, overdueReview,
                    reassessmentNeeded, sort);
        }
    }
}

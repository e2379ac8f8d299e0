package org.rampart.indicator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.rampart.indicator.IngestReport;
import org.rampart.indicator.ObservationManagement;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.ProblemTexts;
import org.rampart.shared.UploadLimit;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Submit observations as a JSON batch or a CSV file. */
@RestController
@RequestMapping("/api/v1/observations")
class ObservationApiController {

    private final ObservationManagement observations;
    private final UploadLimit limit;
    private final ProblemTexts texts;

    ObservationApiController(ObservationManagement observations, UploadLimit limit, ProblemTexts texts) {
        this.observations = observations;
        this.limit = limit;
        this.texts = texts;
    }

    /**
     * The outcome: counts and the rejected items (only those skipped, since a refused batch answers 400), each with
     * its index or line, field, code and reason in the caller's language.
     */
    record IngestView(int received, int stored, int unchanged, List<Map<String, Object>> rejected) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    IngestView batch(@RequestBody byte[] body) {
        return answer(observations.ingestJson(CurrentActor.get(), body, "api"));
    }

    @PostMapping(value = "/csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    IngestView csvUpload(@RequestParam(defaultValue = "false") boolean skipBad, @RequestPart("file") MultipartFile file)
            throws IOException {
        limit.check(file.getSize());
        try (InputStream in = file.getInputStream()) {
            return answer(observations.ingestCsv(CurrentActor.get(), in, skipBad, UploadLimit.source("csv", file.getOriginalFilename())));
        }
    }

    @PostMapping(value = "/csv", consumes = "text/csv")
    IngestView csvBody(@RequestParam(defaultValue = "false") boolean skipBad, HttpServletRequest request)
            throws IOException {
        limit.check(request.getContentLengthLong());
        try (InputStream in = limit.limited(request.getInputStream())) {
            return answer(observations.ingestCsv(CurrentActor.get(), in, skipBad, "csv"));
        }
    }

    private IngestView answer(IngestReport report) {
        if (report.refused()) {
            throw new BadInputException("Nothing was stored: " + report.rejected().size() + " problem"
                    + (report.rejected().size() == 1 ? "" : "s") + " in " + report.received() + " items.", report.rejected());
        }
        return new IngestView(report.received(), report.stored(), report.unchanged(), texts.views(report.rejected()));
    }
}

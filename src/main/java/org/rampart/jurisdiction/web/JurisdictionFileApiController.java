package org.rampart.jurisdiction.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.rampart.jurisdiction.ImportReport;
import org.rampart.jurisdiction.JurisdictionFormat;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.ProblemTexts;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Import jurisdictions from CSV or GeoJSON (administrators) and export them (anyone, within their scope). */
@RestController
@RequestMapping("/api/v1/jurisdictions")
class JurisdictionFileApiController {

    private final JurisdictionManagement jurisdictions;
    private final JurisdictionFiles files;
    private final ProblemTexts texts;

    JurisdictionFileApiController(JurisdictionManagement jurisdictions, JurisdictionFiles files, ProblemTexts texts) {
        this.jurisdictions = jurisdictions;
        this.files = files;
        this.texts = texts;
    }

    /** The outcome of an import that wrote rows (problems are those of the skipped rows). */
    record ImportReportView(int read, int imported, List<Map<String, Object>> problems, boolean skipBad) {

        static ImportReportView of(ImportReport report, ProblemTexts texts) {
            return new ImportReportView(report.read(), report.imported(), texts.views(report.problems()), report.skipBad());
        }
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReportView importUpload(@RequestParam(required = false) String format,
            @RequestParam(defaultValue = "false") boolean skipBad, @RequestPart("file") MultipartFile file) throws IOException {
        files.checkSize(file.getSize());
        JurisdictionFormat chosen = files.format(format, JurisdictionFormat.ofFileName(file.getOriginalFilename()));
        try (InputStream in = file.getInputStream()) {
            return answer(jurisdictions.importFile(CurrentActor.get(), in, chosen, skipBad, file.getOriginalFilename()));
        }
    }

    @PostMapping(value = "/import", consumes = {"text/csv", "application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ImportReportView importBody(@RequestParam(required = false) String format,
            @RequestParam(defaultValue = "false") boolean skipBad, HttpServletRequest request) throws IOException {
        files.checkSize(request.getContentLengthLong());
        JurisdictionFormat chosen = files.format(format, JurisdictionFormat.ofMediaType(request.getContentType()));
        try (InputStream in = files.limited(request.getInputStream())) {
            return answer(jurisdictions.importFile(CurrentActor.get(), in, chosen, skipBad, null));
        }
    }

    private ImportReportView answer(ImportReport report) {
        if (report.refused()) {
            throw new BadInputException("Nothing was imported: " + report.problems().size() + " problem"
                    + (report.problems().size() == 1 ? "" : "s") + " in " + report.read() + " rows.", report.problems());
        }
        return ImportReportView.of(report, texts);
    }

    /** Download the caller's scope, or the subtree below {@code root}, as CSV (no boundaries) or GeoJSON. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) String format, @RequestParam(required = false) String root,
            HttpServletResponse response) throws IOException {
        files.download(CurrentActor.get(), format, root, response);
    }
}

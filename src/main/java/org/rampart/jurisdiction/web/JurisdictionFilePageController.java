package org.rampart.jurisdiction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.rampart.jurisdiction.ImportReport;
import org.rampart.jurisdiction.JurisdictionFormat;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Pages: upload a CSV or GeoJSON file of jurisdictions and see the report; choose and download an export. */
@Controller
class JurisdictionFilePageController {

    private final JurisdictionManagement jurisdictions;
    private final JurisdictionFiles files;

    JurisdictionFilePageController(JurisdictionManagement jurisdictions, JurisdictionFiles files) {
        this.jurisdictions = jurisdictions;
        this.files = files;
    }

    @GetMapping("/jurisdictions/import")
    String importPage(Model model) {
        jurisdictions.policy().requireEdit(CurrentActor.get());
        importModel(model);
        return "jurisdiction/import";
    }

    /** Import the uploaded file; an htmx request gets only the report, a plain form post the whole page. */
    @PostMapping("/jurisdictions/import")
    String importUpload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean skipBad,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) throws IOException {
        Actor actor = CurrentActor.get();
        jurisdictions.policy().requireEdit(actor);
        importModel(model);
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "jurisdiction.import.noFile");
        } else {
            files.checkSize(file.getSize());
            Optional<JurisdictionFormat> format = JurisdictionFormat.ofFileName(file.getOriginalFilename());
            if (format.isEmpty()) {
                model.addAttribute("uploadError", "jurisdiction.import.unknownFormat");
            } else {
                try (InputStream in = file.getInputStream()) {
                    ImportReport report = jurisdictions.importFile(actor, in, format.get(), skipBad, file.getOriginalFilename());
                    model.addAttribute("report", report);
                }
            }
        }
        return htmx != null ? "jurisdiction/import :: report" : "jurisdiction/import";
    }

    private void importModel(Model model) {
        model.addAttribute("navSection", "jurisdictions");
        model.addAttribute("maxBytes", files.maxBytes());
        model.addAttribute("maxMegabytes", files.maxMegabytes());
    }

    @GetMapping("/jurisdictions/export")
    String exportPage(@RequestParam(required = false) String root, Model model) {
        model.addAttribute("navSection", "jurisdictions");
        model.addAttribute("root", root);
        model.addAttribute("rootJurisdiction", jurisdictions.find(CurrentActor.get(), root == null ? null : root.trim())
                .orElse(null));
        return "jurisdiction/export";
    }

    @GetMapping("/jurisdictions/export/download")
    void download(@RequestParam(required = false) String format, @RequestParam(required = false) String root,
            HttpServletResponse response) throws IOException {
        files.download(CurrentActor.get(), format, root, response);
    }
}

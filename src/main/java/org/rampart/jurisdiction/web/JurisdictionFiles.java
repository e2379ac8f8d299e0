package org.rampart.jurisdiction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.rampart.jurisdiction.JurisdictionFormat;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.UploadLimit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** What the import and export pages and API calls share: the upload size limit, format choice and downloads. */
@Component
class JurisdictionFiles {

    private final JurisdictionManagement jurisdictions;
    private final UploadLimit limit;

    JurisdictionFiles(JurisdictionManagement jurisdictions, UploadLimit limit) {
        this.jurisdictions = jurisdictions;
        this.limit = limit;
    }

    long maxBytes() {
        return limit.maxBytes();
    }

    long maxMegabytes() {
        return limit.maxMegabytes();
    }

    /** Refuse an upload whose announced size is over the limit, before reading any of it (413). */
    void checkSize(long bytes) {
        limit.check(bytes);
    }

    /** A stream that fails with 413 once more than the limit has been read (for bodies of unknown length). */
    InputStream limited(InputStream in) {
        return limit.limited(in);
    }

    /** The format named by the caller, else the one given by the file name or media type. */
    JurisdictionFormat format(String name, Optional<JurisdictionFormat> otherwise) {
        if (name != null && !name.isBlank()) {
            return JurisdictionFormat.named(name)
                    .orElseThrow(() -> BadInputException.of("format", "jurisdiction.format.unknown", name));
        }
        return otherwise.orElseThrow(() -> BadInputException.of("format",
                "jurisdiction.format.required"));
    }

    /** Stream an export as an attachment; a root outside the actor's scope is not found before anything is sent. */
    void download(Actor actor, String formatName, String root, HttpServletResponse response) throws IOException {
        JurisdictionFormat format = format(formatName == null || formatName.isBlank() ? "csv" : formatName, Optional.empty());
        String rootCode = root == null || root.isBlank() ? null : root.trim();
        if (rootCode != null) {
            jurisdictions.get(actor, rootCode);
        }
        String fileName = "jurisdictions" + (rootCode == null ? "" : "-" + rootCode) + "." + format.extension();
        response.setContentType(format == JurisdictionFormat.CSV ? "text/csv;charset=UTF-8" : format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        if (format == JurisdictionFormat.CSV) {
            Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 65536);
            jurisdictions.exportCsv(actor, rootCode, out);
            out.flush();
        } else {
            jurisdictions.exportGeoJson(actor, rootCode, response.getOutputStream());
        }
    }
}

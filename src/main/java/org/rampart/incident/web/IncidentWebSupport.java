package org.rampart.incident.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rampart.incident.Attachment;
import org.rampart.incident.Incident;
import org.rampart.incident.IncidentManagement;
import org.rampart.shared.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** What the page and API controllers share: upload checks, attachment downloads and the XLSX export. */
final class IncidentWebSupport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_EXPORT = 100_000;

    private IncidentWebSupport() {
    }

    static void checkSize(IncidentManagement incidents, MultipartFile file) {
        if (file == null) {
            throw org.rampart.shared.BadInputException.of("file", "value.required");
        }
        incidents.checkUploadSize(file.getSize());
    }

    /** An attachment as a download; images are shown inline, everything else is a download (never rendered as HTML). */
    static ResponseEntity<byte[]> download(IncidentManagement incidents, Actor actor, long id, long attachmentId) {
        Attachment a = incidents.attachment(actor, id, attachmentId);
        byte[] content = incidents.attachmentContent(actor, id, attachmentId);
        ContentDisposition disposition = (a.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noCache().cachePrivate())
                .body(content);
    }

    /** The incidents as one sheet, one row each. */
    static byte[] xlsx(List<Incident> rows) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("incidents");
            CellStyle bold = book.createCellStyle();
            var font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            String[] header = {"id", "type", "sub_type", "title", "jurisdiction", "occurred_at", "reported_at", "status",
                "grade", "computed_grade", "deaths", "serious_injuries", "missing", "affected", "economic_loss_10k_cny",
                "organisation", "longitude", "latitude", "overdue"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
                head.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (Incident i : rows) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(i.id());
                row.createCell(c++).setCellValue(i.type().name());
                row.createCell(c++).setCellValue(nz(i.subType()));
                row.createCell(c++).setCellValue(i.title());
                row.createCell(c++).setCellValue(i.jurisdictionCode());
                row.createCell(c++).setCellValue(i.occurredAt().toString());
                row.createCell(c++).setCellValue(i.reportedAt().toString());
                row.createCell(c++).setCellValue(i.status().name());
                row.createCell(c++).setCellValue(i.grade().name());
                row.createCell(c++).setCellValue(i.computedGrade().name());
                row.createCell(c++).setCellValue(i.figures().deaths());
                row.createCell(c++).setCellValue(i.figures().seriousInjuries());
                row.createCell(c++).setCellValue(i.figures().missing());
                row.createCell(c++).setCellValue(i.figures().affected());
                row.createCell(c++).setCellValue(i.figures().economicLoss().doubleValue());
                row.createCell(c++).setCellValue(nz(i.organisation()));
                if (i.longitude() != null) {
                    row.createCell(c).setCellValue(i.longitude());
                    row.createCell(c + 1).setCellValue(i.latitude());
                }
                c += 2;
                row.createCell(c).setCellValue(i.overdue());
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

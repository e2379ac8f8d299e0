package org.rampart.supervision.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rampart.supervision.BoardTask;
import org.rampart.supervision.Scorecard;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The board's lists and the scorecard as XLSX workbooks, headings and names in the reader's language. */
final class SupervisionXlsx {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SupervisionXlsx() {
    }

    static ResponseEntity<byte[]> download(byte[] content, String filename) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    static byte[] tasks(List<BoardTask> tasks, MessageSource messages, Locale locale) {
        return write(messages, locale, "tasks", List.of("id", "title", "status", "priority", "source", "sourceRef",
                "assigning", "leadUnit", "leadUnitName", "leadJurisdiction", "deadline", "originalDeadline",
                "daysOverdue", "band", "parent", "subTasks"), tasks, (t) -> new Object[] {t.id(), t.title(locale).text(),
                    text(messages, "supervision.task.status." + t.status().name(), locale),
                    text(messages, "supervision.board.priority." + t.priority(), locale),
                    text(messages, "supervision.board.source." + t.source(), locale), t.sourceRef(),
                    t.assigningJurisdiction(), t.leadUnit(), t.leadUnitName(locale).text(), t.leadJurisdiction(),
                    t.deadline().toString(), t.originalDeadline().toString(), t.daysOverdue(),
                    t.band() == null ? null : text(messages, "supervision.board.band." + t.band().name(), locale),
                    t.parentId(), t.subTasks()});
    }

    static byte[] scorecard(Scorecard card, MessageSource messages, Locale locale) {
        List<String> columns = List.of("rank", "code", "name", "jurisdiction", "tasks", "onTime", "late", "pending",
                "onTimeRate", "averageDelay", "approvedDelay", "unapprovedDelay", "extensionsApproved",
                "extensionsRefused", "objections", "submissions", "sentBack", "sentBackRate", "receiptsDue", "receiptsOnTime",
                "receiptsOnTimeRate");
        Function<Scorecard.Line, Object[]> row = l -> new Object[] {l.rank() == 0 ? null : l.rank(), l.code(),
            l.name(locale).text(), l.jurisdiction(), l.tasks(), l.onTime(), l.late(), l.pending(), l.onTimeRate(),
            l.averageDelayDays(), l.approvedDelayDays(), l.unapprovedDelayDays(), l.extensionsApproved(),
            l.extensionsRefused(), l.objections(), l.submissions(), l.sentBack(), l.sentBackRate(), l.receiptsDue(),
            l.receiptsOnTime(), l.receiptsOnTimeRate()};
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(book, messages, locale, text(messages, "supervision.scorecard.byUnit", locale), columns, card.units(), row);
            sheet(book, messages, locale, text(messages, "supervision.scorecard.byJurisdiction", locale), columns,
                    card.jurisdictions(), row);
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> byte[] write(MessageSource messages, Locale locale, String name, List<String> columns,
            List<T> rows, Function<T, Object[]> row) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(book, messages, locale, text(messages, "supervision.board.sheet." + name, locale), columns, rows, row);
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void sheet(SXSSFWorkbook book, MessageSource messages, Locale locale, String name,
            List<String> columns, List<T> rows, Function<T, Object[]> row) {
        Sheet sheet = book.createSheet(name);
        CellStyle bold = book.createCellStyle();
        var font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            head.createCell(c).setCellValue(text(messages, "supervision.board.column." + columns.get(c), locale));
            head.getCell(c).setCellStyle(bold);
        }
        int r = 1;
        for (T item : rows) {
            Row line = sheet.createRow(r++);
            Object[] values = row.apply(item);
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                if (v instanceof Number n) {
                    line.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null) {
                    // a text cell, never a formula, even when it starts with '='
                    line.createCell(c).setCellValue(v.toString());
                }
            }
        }
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

package org.rampart.supervision.web;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.rampart.shared.Names;
import org.rampart.shared.PdfFonts;
import org.rampart.supervision.Meeting;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The minutes of a meeting as PDF (OpenPDF, in the font shipped in the jar, {@link PdfFonts}, so Chinese comes out on
 * any machine) and as DOCX (Apache POI), in the reader's language: the meeting, attending units, agenda, minutes, and
 * each decision with its tasks and their state. Names and texts in one language only are shown as they are.
 */
@Component
class MinutesDocuments {

    private final MessageSource messages;

    MinutesDocuments(MessageSource messages) {
        this.messages = messages;
    }

    /** The lines both documents write, in order: a kind and its text. */
    private record Line(String kind, String text) {
    }

    private List<Line> lines(Minutes minutes, ZoneId zone, Locale locale) {
        Meeting m = minutes.meeting();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        List<Line> out = new ArrayList<>();
        out.add(new Line("title", msg("meeting.minutes.title", locale)));
        out.add(new Line("heading", m.title(locale)));
        out.add(new Line("fact", msg("meeting.jurisdiction", locale) + ": " + minutes.jurisdictionName() + " ("
                + m.jurisdictionCode() + ")"));
        out.add(new Line("fact", msg("meeting.type", locale) + ": " + msg("meeting.type." + m.type().name(), locale)));
        out.add(new Line("fact", msg("meeting.startsAt", locale) + ": " + time.format(m.startsAt()) + " (" + zone + ")"));
        if (m.location() != null) {
            out.add(new Line("fact", msg("meeting.location", locale) + ": " + m.location()));
        }
        out.add(new Line("fact", msg("meeting.status", locale) + ": " + msg("meeting.status." + m.status().name(),
                locale)));
        out.add(new Line("heading", msg("meeting.units", locale)));
        if (m.units().isEmpty()) {
            out.add(new Line("text", msg("meeting.none", locale)));
        }
        for (Meeting.AttendingUnit u : m.units()) {
            String name = u.name(locale);
            out.add(new Line("item", (name == null ? "" : name + " ") + "(" + u.code() + ")"));
        }
        out.add(new Line("heading", msg("meeting.agenda", locale)));
        if (m.agenda().isEmpty()) {
            out.add(new Line("text", msg("meeting.none", locale)));
        }
        int n = 1;
        for (Meeting.AgendaItem a : m.agenda()) {
            out.add(new Line("item", n++ + ". " + a.title(locale) + " — " + msg(a.done() ? "meeting.agenda.done"
                    : "meeting.agenda.open", locale)));
        }
        out.add(new Line("heading", msg("meeting.minutes", locale)));
        out.add(new Line("text", m.minutes() == null ? msg("meeting.minutes.none", locale) : m.minutes()));
        out.add(new Line("heading", msg("meeting.decisions", locale)));
        if (minutes.decisions().isEmpty()) {
            out.add(new Line("text", msg("meeting.none", locale)));
        }
        for (Minutes.Item item : minutes.decisions()) {
            out.add(new Line("decision", item.decision().number() + "  " + item.decision().text(locale)));
            if (item.tasks().isEmpty()) {
                out.add(new Line("text", msg("meeting.decision.noTasks", locale)));
            }
            for (Minutes.TaskLine t : item.tasks()) {
                out.add(new Line("task", Names.text(t.titleEn(), t.titleZh(), locale) + " | "
                        + msg("meeting.task.lead", locale) + ": " + t.leadUnit() + " | "
                        + msg("meeting.task.deadline", locale) + ": " + t.deadline() + " | "
                        + msg("supervision.task.status." + t.status(), locale)));
            }
        }
        return out;
    }

    byte[] pdf(Minutes minutes, ZoneId zone, Locale locale) {
        Font title = PdfFonts.font(16, Font.BOLD);
        Font heading = PdfFonts.font(12, Font.BOLD);
        Font text = PdfFonts.font(10, Font.NORMAL);
        Font small = PdfFonts.font(9, Font.NORMAL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(minutes.meeting().title(locale));
        doc.open();
        PdfPTable tasks = null;
        for (Line line : lines(minutes, zone, locale)) {
            if (!"task".equals(line.kind()) && tasks != null) {
                doc.add(tasks);
                tasks = null;
            }
            switch (line.kind()) {
                case "title" -> doc.add(new Paragraph(line.text(), title));
                case "heading" -> {
                    Paragraph p = new Paragraph(line.text(), heading);
                    p.setSpacingBefore(10);
                    doc.add(p);
                }
                case "decision" -> {
                    Paragraph p = new Paragraph(line.text(), PdfFonts.font(10, Font.BOLD));
                    p.setSpacingBefore(6);
                    doc.add(p);
                }
                case "task" -> {
                    if (tasks == null) {
                        tasks = new PdfPTable(1);
                        tasks.setWidthPercentage(95);
                        tasks.setSpacingBefore(2);
                    }
                    PdfPCell cell = new PdfPCell(new Phrase(line.text(), small));
                    cell.setPadding(3);
                    tasks.addCell(cell);
                }
                default -> doc.add(new Paragraph(line.text(), text));
            }
        }
        if (tasks != null) {
            doc.add(tasks);
        }
        doc.close();
        return out.toByteArray();
    }

    byte[] docx(Minutes minutes, ZoneId zone, Locale locale) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(minutes.meeting().title(locale));
            XWPFTable tasks = null;
            for (Line line : lines(minutes, zone, locale)) {
                if (!"task".equals(line.kind())) {
                    tasks = null;
                }
                switch (line.kind()) {
                    case "title" -> run(doc.createParagraph(), line.text(), 18, true).getParagraph()
                            .setAlignment(ParagraphAlignment.CENTER);
                    case "heading" -> run(doc.createParagraph(), line.text(), 13, true);
                    case "decision" -> run(doc.createParagraph(), line.text(), 11, true);
                    case "task" -> {
                        XWPFTableRow row;
                        if (tasks == null) {
                            tasks = doc.createTable();
                            row = tasks.getRow(0);
                        } else {
                            row = tasks.createRow();
                        }
                        XWPFParagraph p = row.getCell(0).getParagraphs().get(0);
                        run(p, line.text(), 9, false);
                    }
                    default -> {
                        XWPFParagraph p = doc.createParagraph();
                        String[] parts = line.text().split("\r?\n", -1);
                        XWPFRun r = run(p, parts[0], 10, false);
                        for (int i = 1; i < parts.length; i++) {
                            r.addBreak();
                            r.setText(parts[i]);
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the minutes as DOCX", e);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily("SimSun", XWPFRun.FontCharRange.eastAsia);
        return r;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

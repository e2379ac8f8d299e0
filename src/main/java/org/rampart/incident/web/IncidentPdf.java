package org.rampart.incident.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.rampart.incident.Incident;
import org.rampart.incident.IncidentManagement;
import org.rampart.incident.ReportStep;
import org.rampart.incident.TimelineEntry;
import org.rampart.shared.PdfFonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The situation report of one incident as a PDF: what happened, figures, grade, chain status, timeline and actions.
 * Written in the font shipped in the jar ({@link PdfFonts}), so Chinese text comes out on any machine.
 */
@Component
class IncidentPdf {

    private final MessageSource messages;
    private final IncidentManagement incidents;

    IncidentPdf(MessageSource messages, IncidentManagement incidents) {
        this.messages = messages;
        this.incidents = incidents;
    }

    byte[] render(Incident i, List<ReportStep> chain, List<TimelineEntry> timeline, Locale locale) {
        Font title = PdfFonts.font(16, Font.BOLD);
        Font heading = PdfFonts.font(12, Font.BOLD);
        Font text = PdfFonts.font(10, Font.NORMAL);
        ZoneId zone = incidents.zone();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph(msg("incident.pdf.title", locale) + " #" + i.id(), title));
        doc.add(new Paragraph(i.title(), heading));
        doc.add(new Paragraph(msg("incident.pdf.generated", locale) + " " + time.format(Instant.now()) + " (" + zone + ")",
                text));
        doc.add(new Paragraph(" ", text));

        doc.add(new Paragraph(msg("incident.pdf.what", locale), heading));
        PdfPTable facts = table(2, new float[] {1, 3});
        row(facts, msg("incident.type", locale), msg("incident.type." + i.type().name(), locale)
                + (i.subType() == null ? "" : " / " + msg("incident.subType." + i.subType(), locale)), text);
        row(facts, msg("incident.jurisdiction", locale), i.jurisdictionCode(), text);
        row(facts, msg("incident.occurredAt", locale), time.format(i.occurredAt()), text);
        row(facts, msg("incident.reportedAt", locale), time.format(i.reportedAt()) + " · " + i.reporter(), text);
        row(facts, msg("incident.organisation", locale), i.organisation() == null ? "–" : i.organisation(), text);
        row(facts, msg("incident.status", locale), msg("incident.status." + i.status().name(), locale), text);
        if (i.longitude() != null) {
            row(facts, msg("incident.location", locale), i.longitude() + ", " + i.latitude(), text);
        }
        row(facts, msg("incident.description", locale), i.description() == null ? "–" : i.description(), text);
        doc.add(facts);

        doc.add(new Paragraph(msg("incident.figures", locale), heading));
        PdfPTable figures = table(5, null);
        for (String key : List.of("incident.deaths", "incident.seriousInjuries", "incident.missing", "incident.affected",
                "incident.economicLoss")) {
            figures.addCell(new PdfPCell(new Phrase(msg(key, locale), text)));
        }
        figures.addCell(new Phrase(String.valueOf(i.figures().deaths()), text));
        figures.addCell(new Phrase(String.valueOf(i.figures().seriousInjuries()), text));
        figures.addCell(new Phrase(String.valueOf(i.figures().missing()), text));
        figures.addCell(new Phrase(String.valueOf(i.figures().affected()), text));
        figures.addCell(new Phrase(i.figures().economicLoss().toPlainString(), text));
        doc.add(figures);

        doc.add(new Paragraph(msg("incident.grade", locale) + ": " + msg("incident.grade." + i.grade().name(), locale),
                heading));
        doc.add(new Paragraph(msg("incident.grade.explanation", locale) + ": " + i.gradeExplanation(), text));
        if (i.gradeOverride() != null) {
            doc.add(new Paragraph(msg("incident.override", locale) + ": " + i.overrideReason(), text));
        }

        doc.add(new Paragraph(msg("incident.chain", locale), heading));
        PdfPTable steps = table(4, new float[] {2, 2, 2, 2});
        for (String key : List.of("incident.chain.level", "incident.chain.due", "incident.chain.confirmed",
                "incident.chain.by")) {
            steps.addCell(new PdfPCell(new Phrase(msg(key, locale), text)));
        }
        Instant now = Instant.now();
        for (ReportStep s : chain) {
            steps.addCell(new Phrase(s.external() ? msg("incident.chain.national", locale) : s.jurisdictionCode(), text));
            steps.addCell(new Phrase(time.format(s.dueAt()), text));
            steps.addCell(new Phrase(s.confirmedAt() != null ? time.format(s.confirmedAt())
                    : s.overdue(now) ? msg("incident.chain.overdue", locale) : msg("incident.chain.pending", locale), text));
            steps.addCell(new Phrase(s.confirmedBy() == null ? "" : s.confirmedBy(), text));
        }
        doc.add(steps);

        doc.add(new Paragraph(msg("incident.timeline", locale), heading));
        PdfPTable events = table(3, new float[] {2, 2, 5});
        for (TimelineEntry e : timeline) {
            events.addCell(new Phrase(time.format(e.at()), text));
            events.addCell(new Phrase(e.author(), text));
            String what = msg("incident.kind." + e.kind().name(), locale)
                    + (e.actionType() == null ? "" : " · " + msg("incident.action." + e.actionType(), locale))
                    + (e.text() == null ? "" : ": " + e.text());
            events.addCell(new Phrase(what, text));
        }
        doc.add(events);
        if (i.finalCause() != null) {
            doc.add(new Paragraph(msg("incident.final", locale), heading));
            doc.add(new Paragraph(msg("incident.final.cause", locale) + ": " + i.finalCause(), text));
            doc.add(new Paragraph(msg("incident.final.lessons", locale) + ": " + i.finalLessons(), text));
            doc.add(new Paragraph(msg("incident.final.rectification", locale) + ": " + i.finalRectification(), text));
        }
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable table(int columns, float[] widths) {
        PdfPTable t = new PdfPTable(columns);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        if (widths != null) {
            t.setWidths(widths);
        }
        return t;
    }

    private static void row(PdfPTable t, String label, String value, Font font) {
        t.addCell(new Phrase(label, font));
        t.addCell(new Phrase(value, font));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

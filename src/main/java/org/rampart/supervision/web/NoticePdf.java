package org.rampart.supervision.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.rampart.shared.Names;
import org.rampart.shared.PdfFonts;
import org.rampart.supervision.SupervisionNotice;
import org.rampart.supervision.Task;
import org.rampart.supervision.TaskUnit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A supervision notice 督办单 as a PDF in both languages, Chinese first: its number, the lead unit it is addressed to,
 * the task, its deadline, the days overdue, the date the answer is due and, once given, the answer. Written in the
 * font shipped in the jar ({@link PdfFonts}), so the Chinese comes out on any machine.
 */
@Component
class NoticePdf {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final MessageSource messages;

    NoticePdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(SupervisionNotice n, Task task) {
        Font title = PdfFonts.font(18, Font.BOLD);
        Font subtitle = PdfFonts.font(12, Font.NORMAL);
        Font label = PdfFonts.font(10, Font.BOLD);
        Font text = PdfFonts.font(10, Font.NORMAL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Paragraph head = new Paragraph(msg("supervision.notice.pdf.title", ZH), title);
        head.setAlignment(Element.ALIGN_CENTER);
        doc.add(head);
        Paragraph sub = new Paragraph(msg("supervision.notice.pdf.title", EN), subtitle);
        sub.setAlignment(Element.ALIGN_CENTER);
        doc.add(sub);
        Paragraph number = new Paragraph(n.number(), subtitle);
        number.setAlignment(Element.ALIGN_CENTER);
        number.setSpacingAfter(14);
        doc.add(number);

        PdfPTable facts = new PdfPTable(2);
        facts.setWidthPercentage(100);
        facts.setWidths(new float[] {2, 5});
        TaskUnit lead = n.leadUnit() == null ? task.leadUnit() : n.leadUnit();
        row(facts, "supervision.notice.to", both(lead.nameZh(), lead.nameEn()) + " (" + lead.code() + ")", label, text);
        row(facts, "supervision.notice.task", "#" + task.id() + " " + both(task.titleZh(), task.titleEn()), label, text);
        row(facts, "supervision.notice.assigningJurisdiction", task.jurisdictionCode(), label, text);
        row(facts, "supervision.notice.deadline", DAY.format(n.deadline()), label, text);
        row(facts, "supervision.notice.daysOverdue", Integer.toString(n.daysOverdue()), label, text);
        row(facts, "supervision.notice.issuedOn", DAY.format(n.issuedOn()), label, text);
        row(facts, "supervision.notice.replyDue", DAY.format(n.replyDue()), label, text);
        doc.add(facts);

        Paragraph body = new Paragraph(messages.getMessage("supervision.notice.pdf.body",
                new Object[] {n.deadline().toString(), n.daysOverdue(), n.replyDue().toString()}, ZH), text);
        body.setSpacingBefore(12);
        doc.add(body);
        doc.add(new Paragraph(messages.getMessage("supervision.notice.pdf.body",
                new Object[] {n.deadline().toString(), n.daysOverdue(), n.replyDue().toString()}, EN), text));

        if (n.answered()) {
            Paragraph answerHead = new Paragraph(msg("supervision.notice.answer", ZH) + " / "
                    + msg("supervision.notice.answer", EN), label);
            answerHead.setSpacingBefore(12);
            doc.add(answerHead);
            doc.add(new Paragraph(n.answer(), text));
            doc.add(new Paragraph(n.answeredBy() + " · " + n.answeredAt()
                    + (Boolean.TRUE.equals(n.answerLate())
                            ? " · " + msg("supervision.notice.late", ZH) + " / " + msg("supervision.notice.late", EN)
                            : ""), text));
        }
        doc.close();
        return out.toByteArray();
    }

    private void row(PdfPTable t, String key, String value, Font label, Font text) {
        t.addCell(new Phrase(msg(key, ZH) + "\n" + msg(key, EN), label));
        t.addCell(new Phrase(value, text));
    }

    /** A name in both languages where it has both, else the one it has. */
    private static String both(String zh, String en) {
        boolean hasZh = zh != null && !zh.isBlank();
        boolean hasEn = en != null && !en.isBlank();
        if (hasZh && hasEn) {
            return zh + " / " + en;
        }
        return Names.text(en, zh, EN);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

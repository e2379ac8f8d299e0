package org.rampart.shared;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one font every PDF Rampart writes uses: a subset of WenQuanYi Micro Hei shipped in the jar
 * ({@value #RESOURCE}, licence next to it), embedded as Identity-H so Chinese and Latin text both come out on any
 * machine, whatever fonts it has installed. Build PDF fonts with {@link #font(float, int)}; never read fonts from
 * the file system.
 */
public final class PdfFonts {

    /** Class-path location of the font. */
    public static final String RESOURCE = "fonts/wqy-microhei-subset.ttf";

    private static volatile BaseFont base;

    private PdfFonts() {
    }

    /** The embedded CJK + Latin base font, read once from the class path. */
    public static BaseFont base() {
        BaseFont f = base;
        if (f == null) {
            synchronized (PdfFonts.class) {
                f = base;
                if (f == null) {
                    f = load();
                    base = f;
                }
            }
        }
        return f;
    }

    /** A font of the embedded face at this size and style ({@link Font#NORMAL}, {@link Font#BOLD}, ...). */
    public static Font font(float size, int style) {
        return new Font(base(), size, style);
    }

    private static BaseFont load() {
        byte[] bytes;
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the PDF font " + RESOURCE + " is missing from the class path");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PDF font " + RESOURCE, e);
        }
        try {
            return BaseFont.createFont("wqy-microhei-subset.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes,
                    null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot use the PDF font " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}

package vn.lamchu.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Liberation Serif 2.00.5 (SIL Open Font License, files and licence in resources/documents/fonts/), shipped inside the
 * application so a PDF never depends on the fonts of the machine. It covers every Vietnamese letter and has the
 * same advance widths as Times New Roman, the font Nghị định 30/2020/NĐ-CP prescribes, so widths measured here
 * hold for the DOCX opened in Word as well.
 */
enum SerifFont {
    REGULAR("LiberationSerif-Regular.ttf", 400, false),
    BOLD("LiberationSerif-Bold.ttf", 700, false),
    ITALIC("LiberationSerif-Italic.ttf", 400, true),
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf", 700, true);

    /** The family name the PDF's style sheet uses. */
    static final String FAMILY = "Liberation Serif";
    /** What Word should use for the DOCX (Phụ lục I: Times New Roman, Unicode TCVN 6909:2001). */
    static final String WORD_FAMILY = "Times New Roman";

    /** Widths are kept for code points below this (Latin, Vietnamese in U+1E00–U+1EFF, general punctuation). */
    private static final int MEASURED_CODE_POINTS = 0x2100;

    private final String file;
    final int weight;
    final boolean italic;
    private volatile Loaded loaded;

    SerifFont(String file, int weight, boolean italic) {
        this.file = file;
        this.weight = weight;
        this.italic = italic;
    }

    static SerifFont of(Part part) {
        if (part.bold) {
            return part.italic ? BOLD_ITALIC : BOLD;
        }
        return part.italic ? ITALIC : REGULAR;
    }

    /** The TrueType file, for embedding. */
    byte[] bytes() {
        return load().bytes;
    }

    /**
     * The font parsed for one PDF, without its glyph substitution table (GSUB). PDFBox applies the Latin GSUB
     * features to every run of text by compiling regular expressions, which took 80 % of the time of a PDF here;
     * Vietnamese text stored NFC needs no substitution (every letter is one precomposed glyph) and official documents
     * use no ligatures. The font embedded in the PDF is a subset without GSUB either way. The caller closes it.
     */
    TrueTypeFont withoutSubstitutions() throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
        ttf.getTableMap().remove("GSUB");
        return ttf;
    }

    /** Width of a single line of text at the given size, in points. */
    double width(String text, double points) {
        Loaded font = load();
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += codePoint < MEASURED_CODE_POINTS ? font.advances[codePoint] : font.unitsPerEm / 2;
            i += Character.charCount(codePoint);
        }
        return units * points / font.unitsPerEm;
    }

    private Loaded load() {
        Loaded font = loaded;
        if (font == null) {
            synchronized (this) {
                font = loaded;
                if (font == null) {
                    font = read();
                    loaded = font;
                }
            }
        }
        return font;
    }

    private Loaded read() {
        String resource = "/documents/fonts/" + file;
        try (InputStream in = SerifFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                int[] advances = new int[MEASURED_CODE_POINTS];
                for (int codePoint = 0; codePoint < MEASURED_CODE_POINTS; codePoint++) {
                    advances[codePoint] = ttf.getAdvanceWidth(cmap.getGlyphId(codePoint));
                }
                return new Loaded(bytes, ttf.getUnitsPerEm(), advances);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Loaded(byte[] bytes, int unitsPerEm, int[] advances) {
    }
}

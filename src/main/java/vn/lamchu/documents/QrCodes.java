package vn.lamchu.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import vn.lamchu.shared.DomainException;

/**
 * QR codes (ISO/IEC 18004) for lookup codes on receipts and the TOTP set-up: error correction level M (about 15 % of
 * the code may be damaged), text as UTF-8 (so Vietnamese survives), and a quiet zone of 4 modules, the width the
 * standard asks for around the symbol.
 */
public final class QrCodes {

    /** The quiet zone, in modules, on each side. */
    public static final int QUIET_ZONE = 4;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, QUIET_ZONE);

    private QrCodes() {
    }

    /**
     * An {@code <svg>} element, one unit per module, quiet zone included: it scales to any size (give it a width by
     * CSS or by its container) and needs no style attribute, so it can be inlined under a strict CSP. It is hidden
     * from screen readers: give its container {@code role="img"} and an {@code aria-label} saying what it is for.
     *
     * @throws DomainException (invalid) if the text is empty or too long for a QR code
     */
    public static String svg(String text) {
        BitMatrix matrix = encode(text, 0);
        int size = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\""
                + " shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /**
     * A black-on-white PNG of about {@code sizePixels} square (the code is scaled by whole pixels, the rest is quiet
     * zone).
     *
     * @throws DomainException (invalid) if the text is empty or too long, or the size is below 21 pixels
     */
    public static byte[] png(String text, int sizePixels) {
        if (sizePixels < 21 || sizePixels > 4096) {
            throw DomainException.invalid("documents.error.qrSize", sizePixels);
        }
        BitMatrix matrix = encode(text, sizePixels);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitMatrix encode(String text, int sizePixels) {
        if (text == null || text.isEmpty()) {
            throw DomainException.invalid("documents.error.qrEmpty");
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePixels, sizePixels, HINTS);
        } catch (WriterException | IllegalArgumentException e) {
            throw DomainException.invalid("documents.error.qrTooLong", text.length());
        }
    }
}

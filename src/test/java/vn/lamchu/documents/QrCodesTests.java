package vn.lamchu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamchu.documents.OfficialDocumentTests.assertInvalid;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** QR codes read back with ZXing's reader. */
class QrCodesTests {

    private static final String VIETNAMESE = "Mã tra cứu LC-7K2M-9QXD-4HTR · Đặng Thị Thắm, xã Tân Phú · ắặễựỹ";
    private static final String TOTP = "otpauth://totp/L%C3%A0m%20Ch%E1%BB%A7:xuly.tp?secret=JBSWY3DPEHPK3PXP"
            + "&issuer=L%C3%A0m%20Ch%E1%BB%A7&digits=6&period=30";

    @Test
    void pngDecodesToTheTextWithItsDiacritics() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(VIETNAMESE, 300)));
        assertThat(image.getWidth()).isEqualTo(300);
        Result result = decode(image);
        assertThat(result.getText()).isEqualTo(VIETNAMESE);
        assertThat(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
    }

    @Test
    void svgIsScalableWithAQuietZoneAndDecodesToTheText() throws Exception {
        for (String text : new String[] {TOTP, VIETNAMESE}) {
            String svg = QrCodes.svg(text);
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(svg))).getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("svg");
            assertThat(root.hasAttribute("width")).as("sized by its container").isFalse();
            assertThat(root.hasAttribute("style")).as("allowed under the CSP").isFalse();
            int size = Integer.parseInt(root.getAttribute("viewBox").split(" ")[2]);
            boolean[][] dark = modules(svg, size);
            for (int i = 0; i < size; i++) {
                for (int q = 0; q < QrCodes.QUIET_ZONE; q++) {
                    assertThat(dark[q][i] || dark[i][q] || dark[size - 1 - q][i] || dark[i][size - 1 - q])
                            .as("quiet zone at %d/%d", q, i).isFalse();
                }
            }
            assertThat(decode(image(dark, 8)).getText()).isEqualTo(text);
        }
    }

    @Test
    void refusesEmptyOrOversizedCodes() {
        assertInvalid(() -> QrCodes.svg(""), "documents.error.qrEmpty");
        assertInvalid(() -> QrCodes.png(null, 200), "documents.error.qrEmpty");
        assertInvalid(() -> QrCodes.svg("x".repeat(5000)), "documents.error.qrTooLong");
        assertInvalid(() -> QrCodes.png("LC-7K2M", 10), "documents.error.qrSize");
    }

    /** Reads the modules back from the SVG's path: "M x y h n v1 h-n z" per run of dark modules. */
    private static boolean[][] modules(String svg, int size) {
        boolean[][] dark = new boolean[size][size];
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z").matcher(svg);
        int runs = 0;
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            for (int i = 0; i < Integer.parseInt(run.group(3)); i++) {
                dark[y][x + i] = true;
            }
            runs++;
        }
        assertThat(runs).isPositive();
        return dark;
    }

    private static BufferedImage image(boolean[][] dark, int scale) {
        int size = dark.length * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, dark[y / scale][x / scale] ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    private static Result decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
    }
}

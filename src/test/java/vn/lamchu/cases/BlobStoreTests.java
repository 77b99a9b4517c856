package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lamchu.shared.DomainException;

class BlobStoreTests {

    private static final long MB = 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ELF = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

    @TempDir
    Path root;

    private BlobStore store(long maxSize) {
        return new BlobStore(root, maxSize, new FileTypes());
    }

    private BlobStore.Blob put(byte[] content, String name) {
        return store(20 * MB).put(new ByteArrayInputStream(content), name);
    }

    @Test
    void aPngIsStoredUnderItsSha256() throws Exception {
        BlobStore.Blob blob = put(PNG, "ảnh.png");

        assertThat(blob.mediaType()).isEqualTo("image/png");
        assertThat(blob.size()).isEqualTo(PNG.length);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));
        assertThat(blob.sha256()).isEqualTo(sha256);
        Path file = root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        assertThat(file).hasBinaryContent(PNG);
        assertThat(filesUnder(root)).containsExactly(file);
    }

    @Test
    void aPdfIsRecognisedWhateverItIsCalled() {
        assertThat(put(PDF, "don-khieu-nai.pdf").mediaType()).isEqualTo("application/pdf");
        assertThat(put(PDF, "scan.jpg").mediaType()).isEqualTo("application/pdf");
        assertThat(put(PDF, null).mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void programsRenamedAsPdfAreRefusedAndLeaveNothingBehind() {
        assertThatThrownBy(() -> put(ELF, "don.pdf")).isInstanceOf(DomainException.class)
                .hasMessage("file.type-not-allowed")
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("application/x-executable"));
        assertThatThrownBy(() -> put(EXE, "don.pdf")).isInstanceOf(DomainException.class)
                .hasMessage("file.type-not-allowed")
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("application/x-msdownload"));
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void plainTextIsAcceptedButHtmlIsNot() {
        assertThat(put("Kính gửi UBND xã Tân Phú,\nTôi xin phản ánh…\n".getBytes(StandardCharsets.UTF_8), "thu.txt")
                .mediaType()).isEqualTo("text/plain");
        assertThatThrownBy(() -> put("<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "thu.txt")).hasMessage("file.type-not-allowed");
    }

    @Test
    void aZipIsADocxOnlyIfItHasTheOfficeOpenXmlStructure() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        assertThat(put(docx, "don.docx").mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThatThrownBy(() -> put(zip("virus.exe"), "don.docx")).hasMessage("file.type-not-allowed");
        assertThatThrownBy(() -> put(docx, "don.zip")).hasMessage("file.type-not-allowed");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> put(new byte[0], "rong.pdf")).isInstanceOf(DomainException.class).hasMessage("file.empty");
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileStreamingWithoutReadingItAll() {
        GeneratedStream huge = new GeneratedStream(PDF, 25 * MB);

        assertThatThrownBy(() -> store(20 * MB).put(huge, "lon.pdf")).isInstanceOf(DomainException.class)
                .hasMessage("file.too-large")
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly(20L));
        assertThat(huge.produced).isGreaterThan(20 * MB).isLessThan(21 * MB);
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() {
        BlobStore.Blob blob = store(MB).put(new GeneratedStream(PDF, MB), "dung-gioi-han.pdf");
        assertThat(blob.size()).isEqualTo(MB);
    }

    @Test
    void theSameContentTwiceIsKeptOnce() {
        BlobStore.Blob first = put(PDF, "a.pdf");
        BlobStore.Blob second = put(PDF, "b.pdf");

        assertThat(second).isEqualTo(first);
        assertThat(filesUnder(root)).hasSize(1);
    }

    @Test
    void readingVerifiesTheContent() throws IOException {
        BlobStore store = store(20 * MB);
        BlobStore.Blob blob = store.put(new ByteArrayInputStream(PDF), "a.pdf");
        try (InputStream in = store.open(blob.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void aFlippedByteOnDiskIsDetectedOnRead() throws IOException {
        BlobStore store = store(20 * MB);
        BlobStore.Blob blob = store.put(new ByteArrayInputStream(PDF), "a.pdf");
        Path file = store.path(blob.sha256());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);

        assertThatThrownBy(() -> store.open(blob.sha256())).isInstanceOf(StoredFileCorruptedException.class)
                .hasMessageContaining(blob.sha256());
    }

    @Test
    void aMissingFileIsReportedAsCorruptedAndStoringItAgainRepairsIt() throws IOException {
        BlobStore store = store(20 * MB);
        BlobStore.Blob blob = store.put(new ByteArrayInputStream(PDF), "a.pdf");
        Files.delete(store.path(blob.sha256()));
        assertThatThrownBy(() -> store.open(blob.sha256())).isInstanceOf(StoredFileCorruptedException.class);

        store.put(new ByteArrayInputStream(PDF), "a.pdf");
        try (InputStream in = store.open(blob.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void onlyHexSha256NamesAreAccepted() {
        assertThatThrownBy(() -> store(MB).path("../../keys/lamchu.key")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storingTwentyMegabytesIsFast() {
        long start = System.nanoTime();
        BlobStore.Blob blob = store(20 * MB).put(new GeneratedStream(PDF, 20 * MB), "lon.pdf");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("BlobStore: stored 20 MB in %d ms (%.0f MB/s)%n", millis, 20_000.0 / Math.max(1, millis));
        assertThat(blob.size()).isEqualTo(20 * MB);
        assertThat(millis).isLessThan(30_000);
    }

    @Test
    void namesAreCleanedOfPathsControlCharactersAndForbiddenCharacters() {
        String decomposed = Normalizer.normalize("Đơn khiếu nại.pdf", Normalizer.Form.NFD);
        assertThat(AttachmentStore.cleanName("C:\\Users\\an\\" + decomposed)).isEqualTo("Đơn khiếu nại.pdf");
        assertThat(AttachmentStore.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentStore.cleanName("hoa\u202Efdp.exe")).isEqualTo("hoafdp.exe");
        assertThat(AttachmentStore.cleanName("a\tb\u0000c?.pdf")).isEqualTo("a bc_.pdf");
        assertThat(AttachmentStore.cleanName(" .. ")).isNull();
        assertThat(AttachmentStore.cleanName(null)).isNull();
        assertThat(AttachmentStore.cleanName("x".repeat(300) + ".pdf")).hasSize(200);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<Path> filesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A header followed by generated bytes, made on demand: never held in memory. */
    private static final class GeneratedStream extends InputStream {

        private final byte[] header;
        private final long length;
        long produced;

        GeneratedStream(byte[] header, long length) {
            this.header = header;
            this.length = length;
        }

        @Override
        public int read() {
            if (produced >= length) {
                return -1;
            }
            int value = produced < header.length ? header[(int) produced] & 0xff : (int) (produced % 251);
            produced++;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (produced >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - produced);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}

package vn.lamchu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload above the request limit is recognised however the servlet container reports it. */
class UploadTooLargeTests {

    /** Named like Tomcat's {@code org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException}. */
    static class SizeLimitExceededException extends RuntimeException {
    }

    @Test
    void springsAndTheContainersOwnSizeExceptionsAreRecognisedAnywhereInTheCauses() {
        assertThat(PublicCases.uploadTooLarge(new MaxUploadSizeExceededException(20))).isTrue();
        assertThat(PublicCases.uploadTooLarge(new IllegalStateException(new SizeLimitExceededException()))).isTrue();
        assertThat(PublicCases.uploadTooLarge(new IllegalStateException("closed"))).isFalse();
        assertThat(PublicCases.uploadTooLarge(new IllegalStateException(new IllegalArgumentException()))).isFalse();
    }
}

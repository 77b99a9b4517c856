package vn.lamchu.cases;

/**
 * Whose identity is withheld: the writer of a letter that denounces (or may denounce, when it has several contents).
 * The secrecy of a denouncer's name, address, handwriting and other personal data is protected without any request
 * (Luật Tố cáo 2018, Điều 47 khoản 2), and the body that receives, forwards or resolves the denunciation keeps it out of
 * what it hands on (Điều 56). Until the reveal-with-a-reason step exists (issue #5), the identity is shown to nobody in
 * the office, and documents name the writer only as "người tố cáo".
 */
public final class DenouncerIdentityPolicy {

    private DenouncerIdentityPolicy() {
    }

    /** Whether the writers of a letter of this kind are protected denouncers. */
    public static boolean withholds(ContentKind kind) {
        return kind == ContentKind.DENUNCIATION || kind == ContentKind.MIXED;
    }
}

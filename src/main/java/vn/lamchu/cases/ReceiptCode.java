package vn.lamchu.cases;

import java.security.SecureRandom;
import java.util.Locale;

import vn.lamchu.platform.SecretBox;
import vn.lamchu.shared.DomainException;

/**
 * The code a person receives when a case is filed, to follow it later: {@code LC-7KQ4-M2XD-9RTA}.
 * <p>
 * Eleven random symbols (55 bits from {@link SecureRandom}, so not guessable) and one check symbol, in
 * <a href="https://www.crockford.com/base32.html">Crockford's Base32</a> alphabet {@code 0-9 A-Z} without
 * {@code I L O U}: easy to read aloud and to type on a phone. Reading a code forgives what people do: lower case,
 * spaces or hyphens anywhere or none, the {@code LC} prefix left out, and the letters Crockford maps to digits
 * ({@code O} → {@code 0}, {@code I}/{@code L} → {@code 1}).
 * <p>
 * The check symbol follows the <a href="https://en.wikipedia.org/wiki/Luhn_mod_N_algorithm">Luhn mod N algorithm</a>
 * with N = 32 over the symbols' values: in every position the contribution of a symbol is a bijection of 0…31, so
 * every single mistyped symbol changes the sum modulo 32 and is detected (as are most swaps of neighbours). Crockford's
 * own mod-37 check was not used because its five extra symbols ({@code * ~ $ = U}) are awkward on a phone keyboard.
 */
public final class ReceiptCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BASE = 32;
    private static final int PAYLOAD_SYMBOLS = 11;
    static final long PAYLOAD_LIMIT = 1L << (5 * PAYLOAD_SYMBOLS);
    private static final String PREFIX = "LC";
    private static final String HASH_PURPOSE = "cases.receipt-code";

    /** The 12 symbols in canonical form: 11 of payload, then the check symbol. */
    private final String symbols;

    private ReceiptCode(String symbols) {
        this.symbols = symbols;
    }

    /** A new random code. */
    public static ReceiptCode random(SecureRandom random) {
        return fromPayload(random.nextLong() & (PAYLOAD_LIMIT - 1));
    }

    /** The code for a payload in {@code [0, 2^55)}; for tests and {@link #random}. */
    static ReceiptCode fromPayload(long payload) {
        if (payload < 0 || payload >= PAYLOAD_LIMIT) {
            throw new IllegalArgumentException("payload out of range: " + payload);
        }
        char[] out = new char[PAYLOAD_SYMBOLS];
        long rest = payload;
        for (int i = PAYLOAD_SYMBOLS - 1; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (rest % BASE));
            rest /= BASE;
        }
        String body = new String(out);
        return new ReceiptCode(body + ALPHABET.charAt(checkValue(body)));
    }

    /**
     * Reads a code as a person typed it.
     *
     * @throws DomainException ({@code receipt.invalid}) if it is not a code or a symbol is wrong
     */
    public static ReceiptCode of(String text) {
        if (text == null) {
            throw invalid();
        }
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints().filter(c -> c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(compact::appendCodePoint);
        String upper = compact.toString().toUpperCase(Locale.ROOT);
        if (upper.length() == PAYLOAD_SYMBOLS + 1 + PREFIX.length() && upper.startsWith(PREFIX)) {
            upper = upper.substring(PREFIX.length());
        }
        if (upper.length() != PAYLOAD_SYMBOLS + 1) {
            throw invalid();
        }
        char[] canonical = new char[upper.length()];
        for (int i = 0; i < canonical.length; i++) {
            char c = switch (upper.charAt(i)) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> upper.charAt(i);
            };
            if (ALPHABET.indexOf(c) < 0) {
                throw invalid();
            }
            canonical[i] = c;
        }
        String symbols = new String(canonical);
        if (checkValue(symbols.substring(0, PAYLOAD_SYMBOLS)) != ALPHABET.indexOf(symbols.charAt(PAYLOAD_SYMBOLS))) {
            throw invalid();
        }
        return new ReceiptCode(symbols);
    }

    /** Luhn mod 32: the value whose addition makes the doubled-alternately sum a multiple of 32. */
    private static int checkValue(String body) {
        int factor = 2;
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(body.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / BASE + addend % BASE;
        }
        return (BASE - sum % BASE) % BASE;
    }

    private static DomainException invalid() {
        return DomainException.invalid("receipt.invalid");
    }

    /** The code as printed: {@code LC-7KQ4-M2XD-9RTA}. */
    public String value() {
        return PREFIX + "-" + symbols.substring(0, 4) + "-" + symbols.substring(4, 8) + "-" + symbols.substring(8);
    }

    /**
     * A keyed hash of the code (HMAC-SHA-256 with the installation's key), to store instead of the code itself for a
     * confidential case: the code can be checked, but not read back from the database.
     */
    public String hash(SecretBox box) {
        return box.mac(HASH_PURPOSE, symbols);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReceiptCode code && code.symbols.equals(symbols);
    }

    @Override
    public int hashCode() {
        return symbols.hashCode();
    }

    @Override
    public String toString() {
        return value();
    }
}

package vn.lamchu.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: long enough, not the user name, not one of the passwords everybody tries first.
 * Length beats composition rules (NIST SP 800-63B §5.1.1.2), so there are no "one digit, one symbol" rules.
 */
final class PasswordPolicy {

    private static final Set<String> COMMON = Set.of("1234567890", "12345678910", "123456789a", "matkhau123",
            "matkhau1234", "password123", "qwertyuiop", "abc1234567", "11111111111", "0123456789", "admin12345",
            "vietnam123", "123456789@", "1234567890a");

    private PasswordPolicy() {
    }

    /** @return the message key of the first problem, or empty if the password is acceptable */
    static Optional<String> problem(String password, String username, int minLength) {
        if (password == null || password.length() < minLength) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > 200) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }
}

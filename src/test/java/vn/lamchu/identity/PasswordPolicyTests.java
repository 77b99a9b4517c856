package vn.lamchu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsALongEnoughUncommonPassword() {
        assertThat(PasswordPolicy.problem("LamChu@2026", "xuly.tp", 10)).isEmpty();
        assertThat(PasswordPolicy.problem("mua thu ha noi dep lam", "xuly.tp", 10)).isEmpty();
    }

    @Test
    void refusesShortCommonOrUsernameBasedPasswords() {
        assertThat(PasswordPolicy.problem("short1", "a", 10)).contains("password.tooShort");
        assertThat(PasswordPolicy.problem("1234567890", "a", 10)).contains("password.tooCommon");
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaa", "b", 10)).contains("password.tooCommon");
        assertThat(PasswordPolicy.problem("xuly.tp-2026!", "xuly.tp", 10)).contains("password.containsUsername");
    }
}

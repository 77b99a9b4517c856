package vn.lamchu.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong passwords lock an account, and for how long ({@code LAMCHU_SECURITY_MAX_FAILED_LOGINS},
 * {@code LAMCHU_SECURITY_LOCKOUT}); the minimum password length.
 */
@ConfigurationProperties("lamchu.security")
record LoginPolicy(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
                   @DefaultValue("10") int minPasswordLength) {
}

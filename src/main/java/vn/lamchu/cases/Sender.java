package vn.lamchu.cases;

import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.VietnameseText;

/**
 * A person who signed a letter. Stored encrypted; shown only to staff handling the case. The ID number (CCCD) is part of
 * a denouncer's identity kept secret (Luật Tố cáo 2018, Điều 9 khoản 1 điểm b, Điều 47 khoản 2).
 *
 * @param idNumber the citizen identity card number: 12 digits (CCCD) or 9 (old CMND); null if not given
 */
public record Sender(String name, String address, String phone, String email, String idNumber) {

    public static final int MAX = 300;

    public Sender {
        name = clean(name);
        address = clean(address);
        phone = clean(phone);
        email = clean(email);
        idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.replaceAll("[\\s.-]", "");
        if (idNumber != null && !idNumber.matches("\\d{9}|\\d{12}")) {
            throw DomainException.invalid("protection.error.idNumber");
        }
        if (phone != null && !phone.matches("[+0-9 ().-]{6,20}")) {
            throw DomainException.invalid("cases.error.phone");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw DomainException.invalid("cases.error.email");
        }
    }

    public Sender(String name, String address, String phone, String email) {
        this(name, address, phone, email, null);
    }

    /** Whether the person can be identified and reached: a name and an address, phone or e-mail. */
    public boolean identified() {
        return name != null && (address != null || phone != null || email != null);
    }

    /** What identifies the same sender across letters, before keyed hashing: phone digits, else e-mail, else name and address. */
    String identityKey() {
        if (phone != null) {
            String digits = phone.replaceAll("\\D", "");
            return "phone:" + (digits.startsWith("84") ? "0" + digits.substring(2) : digits);
        }
        if (email != null) {
            return "email:" + email.toLowerCase(java.util.Locale.ROOT);
        }
        if (name != null && address != null) {
            return "name:" + VietnameseText.fold(name) + "|" + VietnameseText.fold(address);
        }
        return null;
    }

    private static String clean(String value) {
        String v = VietnameseText.normalizeOrNull(value);
        if (v != null && v.length() > MAX) {
            throw DomainException.invalid("cases.error.tooLong", MAX);
        }
        return v;
    }
}

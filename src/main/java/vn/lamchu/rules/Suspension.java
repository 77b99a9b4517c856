package vn.lamchu.rules;

import java.time.LocalDate;
import java.util.Objects;

import vn.lamchu.shared.DomainException;

/**
 * A period during which the clock does not run, both days included: a temporary suspension of the resolution
 * (Luật Tố cáo 2018, Điều 34 khoản 2: "thời gian tạm đình chỉ việc giải quyết tố cáo không tính vào thời hạn giải quyết
 * tố cáo"), or an objective obstacle that stops the time limit to complain (Luật Khiếu nại 2011, Điều 9).
 */
public record Suspension(LocalDate from, LocalDate to) {

    public Suspension {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw DomainException.invalid("rules.error.suspensionOrder", DateText.of(from), DateText.of(to));
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}

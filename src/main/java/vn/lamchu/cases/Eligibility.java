package vn.lamchu.cases;

/** Whether a letter can be handled (đủ / không đủ điều kiện xử lý), Thông tư 07/2014/TT-TTCP, Điều 6 khoản 2. */
public enum Eligibility {
    ELIGIBLE, NOT_ELIGIBLE
}

package vn.lamchu.cases;

/** Whether the letter is within our competence, Thông tư 07/2014/TT-TTCP, Điều 6 khoản 3. */
public enum Competence {
    WITHIN, OUTSIDE
}

package vn.lamchu.cases;

/** Classification by the number of signatories, Thông tư 07/2014/TT-TTCP, Điều 6 khoản 4; anonymous letters: RULEBOOK §4.2. */
public enum Signatories {
    ONE, MANY, ANONYMOUS
}

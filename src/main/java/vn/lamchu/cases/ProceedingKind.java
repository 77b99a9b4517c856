package vn.lamchu.cases;

/** The two legal procedures a letter can enter once it is proposed for acceptance (RULEBOOK §3, §4, §15.2). */
public enum ProceedingKind {
    /** Khiếu nại: Luật Khiếu nại 2011 (as amended by Luật số 136/2025/QH15 from 1/7/2026). */
    COMPLAINT,
    /** Tố cáo: Luật Tố cáo 2018 (as amended by Luật số 136/2025/QH15 from 1/7/2026). */
    DENUNCIATION
}

/**
 * The people supervise (RULEBOOK §8): the Fatherland Front's supervision programmes and social critique, the
 * People's Inspection Board of each commune and community investment supervision, with ONE recommendation tracker
 * ({@link vn.lamchu.supervision.Recommendations}) that follows every recommendation to an answer and escalates it,
 * once, to the addressed body's superior and the Party committee of its level when the answer is late
 * ({@link vn.lamchu.supervision.RecommendationWatch}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
        allowedDependencies = {"shared", "platform", "org", "audit", "rules", "identity", "documents", "cases"})
package vn.lamchu.supervision;

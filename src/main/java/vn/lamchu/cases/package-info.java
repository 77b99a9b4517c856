/**
 * Cases: the citizens' feedback, recommendations, complaints and denunciations that every channel records through one
 * intake ({@link vn.lamchu.cases.CaseIntake}); the letter-handling stage and the feedback/recommendation procedure on the
 * {@link vn.lamchu.cases.CitizenCase} aggregate ({@link vn.lamchu.cases.CaseHandling}); routing, duplicates, worklists
 * ({@link vn.lamchu.cases.CaseQueries}), documents and the deadline watch. Receipt codes are stored only as keyed
 * hashes; senders' personal data are encrypted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
        allowedDependencies = {"shared", "platform", "org", "audit", "rules", "identity", "documents"})
package vn.lamchu.cases;

/**
 * Voters: People's Council deputies, their terms, sessions and constituencies, and their voter meetings (tiếp xúc cử tri,
 * RULEBOOK §6). Every opinion raised at a meeting becomes a case through the one intake
 * ({@link vn.lamchu.cases.CaseIntake}, {@link vn.lamchu.cases.Channel#VOTER_MEETING}) and is handled like any other
 * letter; this module keeps the link, follows the case to its answer (reading {@code citizen_case}, never writing it),
 * compiles the opinions for a session, records when they were sent to the council's standing committee, reports the
 * answers back to voters, and counts meetings, attendances and opinions answered and resolved.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voters",
        allowedDependencies = {"shared", "platform", "org", "audit", "rules", "identity", "documents", "cases"})
package vn.lamchu.voters;

/**
 * Citizen reception (RULEBOOK §1, §7, §10.6, §15.2): the leaders' reception schedules that honour the frequency rules
 * (Quy định 11-QĐi/TW as amended by Kết luận 215-KL/TW; Luật Tiếp công dân 2013, Điều 15, 18, 22), their publication
 * ahead of time (Điều 24), reception sessions and the reception book (Điều 25), each matter raised becoming a case
 * through {@link vn.lamchu.cases.CaseIntake} with the notice due under Điều 28, the leader's conclusion notice, direct
 * dialogues (Luật Thực hiện dân chủ ở cơ sở 2022, Điều 32) and the figures of all of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reception",
        allowedDependencies = {"shared", "platform", "org", "audit", "rules", "documents", "cases"})
package vn.lamchu.reception;

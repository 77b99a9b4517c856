package vn.lamchu.cases;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.shared.TenantId;

/**
 * The senders of a case, unsealed, for the protection of the denouncer ({@code vn.lamchu.cases.protection}) only: it
 * checks the explicit permission, the case's scope and the reason, and audits the read before it calls this (Luật Tố
 * cáo 2018, Điều 47 khoản 2; RULEBOOK §15.3 "audit every access"). Nothing else may call it.
 */
@Service
@Transactional(readOnly = true)
public class SenderRecords {

    private final CaseIntake intake;

    SenderRecords(CaseIntake intake) {
        this.intake = intake;
    }

    public List<Sender> open(TenantId tenant, CaseId id) {
        return intake.senders(tenant, id);
    }
}

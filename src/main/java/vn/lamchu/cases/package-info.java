/**
 * Cases: the citizens' feedback, recommendations, complaints and denunciations that every channel records. So far its
 * foundations only: receipt codes given to the person who filed ({@link vn.lamchu.cases.ReceiptCode}) and the
 * content-addressed store of attachments ({@link vn.lamchu.cases.AttachmentStore}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
        allowedDependencies = {"shared", "platform", "org", "audit", "rules"})
package vn.lamchu.cases;

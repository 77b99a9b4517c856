/**
 * A case's message thread between the holder of its receipt code and the handling office (anonymous follow-up):
 * {@link vn.lamchu.cases.messages.CaseMessages} and its rules {@link vn.lamchu.cases.messages.MessageLimits}. Named
 * interface {@code messages}, so that the portal can offer the citizen's side.
 */
@org.springframework.modulith.NamedInterface("messages")
package vn.lamchu.cases.messages;

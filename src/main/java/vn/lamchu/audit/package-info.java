/**
 * Audit: an append-only, hash-chained log of every change and of every read of protected data (who, when, what, why),
 * and the verification that names the first broken entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"shared", "platform"})
package vn.lamchu.audit;

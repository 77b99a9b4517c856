/**
 * Identity: staff accounts, roles and their permissions, scope (a unit's subtree within a tenant), form login with
 * lockout and an optional TOTP second factor (set up from a QR code drawn by documents), personal API tokens, and
 * the HTTP security rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "platform", "org", "audit", "documents"})
package vn.lamchu.identity;

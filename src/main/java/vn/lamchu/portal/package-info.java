/**
 * The public portal: the home page, and the citizen's side of feedback and recommendations (send a letter without an
 * account, follow it by receipt code, rate the answer, read the published answers) as pages and as the public REST API
 * under {@code /api/v1/public}. Everything is done through the cases module's API; nothing here needs an account.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = {"shared", "org", "cases", "cases::messages", "documents"})
package vn.lamchu.portal;

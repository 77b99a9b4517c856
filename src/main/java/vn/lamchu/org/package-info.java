/**
 * Organisation (RULEBOOK §13): tenants, jurisdictions (province, commune-level units, villages, the legacy district),
 * units of every kind in a tree with validity dates, reorganisations that keep history, people and their posts.
 * <p>
 * The API is this package's public types; everything under {@code org.web} and package-private types are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = {"shared", "platform", "audit"})
package vn.lamchu.org;

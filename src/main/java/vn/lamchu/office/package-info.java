/** The office: the staff member's desk (dashboard) after signing in, with their letters' worklists and notices. */
@org.springframework.modulith.ApplicationModule(displayName = "Office", allowedDependencies = {"shared", "org", "cases"})
package vn.lamchu.office;

/** The office: the staff member's desk (dashboard) after signing in. */
@org.springframework.modulith.ApplicationModule(displayName = "Office", allowedDependencies = {"shared", "org"})
package vn.lamchu.office;

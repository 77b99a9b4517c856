/** The public portal's own pages: the home page. Other modules add their public pages under their own web packages. */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = {"shared", "org"})
package vn.lamchu.portal;

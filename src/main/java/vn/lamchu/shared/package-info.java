/**
 * Shared kernel: typed ids, Vietnamese text handling, the current actor and its permissions, the clock, and the
 * web conventions (problem details, locale, layout) that every module uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.lamchu.shared;

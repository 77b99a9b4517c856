/**
 * Platform: the database (embedded or external), its backup and restore, and operational settings.
 * Used by every module; depends on none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.lamchu.platform;

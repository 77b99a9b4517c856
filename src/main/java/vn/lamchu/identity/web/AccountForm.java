package vn.lamchu.identity.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import vn.lamchu.identity.Role;

/** The account form of the admin pages (create and edit). */
class AccountForm {

    private String username;
    private String displayName;
    private String email;
    private UUID unitId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String password;
    private boolean enabled = true;
    private int version;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public UUID getUnitId() { return unitId; }
    public void setUnitId(UUID unitId) { this.unitId = unitId; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}

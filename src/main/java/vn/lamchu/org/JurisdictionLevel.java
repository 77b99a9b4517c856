package vn.lamchu.org;

/**
 * Levels of territorial units. Since 1/7/2025 local government has two levels, province and commune
 * (xã, phường, đặc khu); {@link #DISTRICT} and {@link #TOWNSHIP} are legacy levels kept for history
 * (Luật Tổ chức chính quyền địa phương 2025; RULEBOOK §0.2, §13).
 */
public enum JurisdictionLevel {
    PROVINCE, DISTRICT, COMMUNE, WARD, SPECIAL_ZONE, TOWNSHIP, VILLAGE, RESIDENTIAL_GROUP;

    /** Commune-level units of the two-level model: xã, phường, đặc khu. */
    public boolean communeLevel() {
        return this == COMMUNE || this == WARD || this == SPECIAL_ZONE;
    }

    /** Levels that no longer exist after 1/7/2025. */
    public boolean legacy() {
        return this == DISTRICT || this == TOWNSHIP;
    }
}

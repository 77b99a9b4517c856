package vn.lamchu.org;

/**
 * The kinds of unit Làm Chủ routes work to (RULEBOOK §13.1–13.2). Labels are in the {@code i18n/org} bundle as
 * {@code unit.kind.NAME}.
 */
public enum UnitKind {
    /** The whole political system of one jurisdiction (province, commune, legacy district): a container in the tree. */
    AREA,
    /** Party committee (cấp ủy / đảng bộ: Tỉnh ủy, Đảng ủy xã, legacy Huyện ủy). */
    PARTY_COMMITTEE,
    /** Standing board of a Party committee (Ban Thường vụ). */
    PARTY_STANDING_BOARD,
    /** Party committee office (Văn phòng Đảng ủy). */
    PARTY_OFFICE,
    /** Party-building commission (Ban Xây dựng Đảng) and other advisory commissions. */
    PARTY_COMMISSION,
    /** Party inspection committee (Ủy ban kiểm tra). */
    PARTY_INSPECTION_COMMITTEE,
    /** Party cell (chi bộ), e.g. of a village or residential group. */
    PARTY_CELL,
    /** People's Council (Hội đồng nhân dân). */
    PEOPLES_COUNCIL,
    /** Standing Committee of the People's Council (Thường trực HĐND). */
    PEOPLES_COUNCIL_STANDING_COMMITTEE,
    /** A committee (ban) of the People's Council. */
    PEOPLES_COUNCIL_COMMITTEE,
    /** People's Committee (Ủy ban nhân dân). */
    PEOPLES_COMMITTEE,
    /** Office of the People's Council and People's Committee (Văn phòng HĐND và UBND). */
    COUNCIL_AND_COMMITTEE_OFFICE,
    /** A specialised office (phòng chuyên môn: Phòng Kinh tế, Phòng Văn hóa – Xã hội, …). */
    SPECIALISED_OFFICE,
    /** Public Administration Service Centre / one-stop desk (Trung tâm Phục vụ hành chính công). */
    ONE_STOP_CENTRE,
    /** Citizen Reception Board (Ban tiếp công dân). */
    CITIZEN_RECEPTION_BOARD,
    /** State inspectorate (Thanh tra tỉnh; legacy Thanh tra huyện). */
    INSPECTORATE,
    /** Fatherland Front committee (Ủy ban Mặt trận Tổ quốc). */
    FATHERLAND_FRONT_COMMITTEE,
    /** Socio-political organisation attached to the Front (Công đoàn, Hội Nông dân, Đoàn TN, Hội LHPN, Hội CCB). */
    FRONT_MEMBER_ORGANISATION,
    /** Front work committee of a village or residential group (Ban công tác Mặt trận). */
    FRONT_WORK_COMMITTEE,
    /** People's Inspection Board (Ban Thanh tra nhân dân). */
    PEOPLES_INSPECTION_BOARD,
    /** Community Investment Supervision Board (Ban Giám sát đầu tư của cộng đồng). */
    COMMUNITY_INVESTMENT_SUPERVISION_BOARD,
    /** Village or residential-group self-management (trưởng thôn, tổ trưởng tổ dân phố). */
    VILLAGE_SELF_MANAGEMENT,
    /** Anything else (police, military command, school, …). */
    OTHER
}

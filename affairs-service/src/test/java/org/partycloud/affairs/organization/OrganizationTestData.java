package org.partycloud.affairs.organization;

import java.time.LocalDate;
import java.util.UUID;

/** Organisations as a tenant admin would enter them. */
final class OrganizationTestData {

    private OrganizationTestData() {
    }

    static NewOrganization committee() {
        return new NewOrganization(null, "中共示范集团有限公司委员会 🚩", OrganizationType.COMMITTEE, null, 1,
                LocalDate.of(1998, 7, 1), "王书记 010-88886666", "北京市西城区复兴门内大街 1 号");
    }

    static NewOrganization branchUnder(UUID parentId, String name, int displayOrder) {
        return new NewOrganization(parentId, name, OrganizationType.BRANCH, null, displayOrder,
                LocalDate.of(2015, 3, 1), "李委员", null);
    }

    static NewOrganization groupUnder(UUID parentId) {
        return new NewOrganization(parentId, "第一党小组", OrganizationType.GROUP, null, 0, null, null, null);
    }

    static NewOrganization withCode(NewOrganization o, String code) {
        return new NewOrganization(o.parentId(), o.name(), o.type(), code, o.displayOrder(), o.foundedOn(),
                o.contact(), o.address());
    }

    static NewOrganization withName(NewOrganization o, String name) {
        return new NewOrganization(o.parentId(), name, o.type(), o.code(), o.displayOrder(), o.foundedOn(),
                o.contact(), o.address());
    }

    static NewOrganization withParent(NewOrganization o, UUID parentId) {
        return new NewOrganization(parentId, o.name(), o.type(), o.code(), o.displayOrder(), o.foundedOn(),
                o.contact(), o.address());
    }

    static NewOrganization foundedOn(NewOrganization o, LocalDate date) {
        return new NewOrganization(o.parentId(), o.name(), o.type(), o.code(), o.displayOrder(), date,
                o.contact(), o.address());
    }

    static OrganizationEdit editOf(NewOrganization o) {
        return new OrganizationEdit(o.name(), o.type(), o.code(), o.displayOrder(), o.foundedOn(), o.contact(),
                o.address());
    }

    static OrganizationEdit editOf(NewOrganization o, String name, OrganizationType type) {
        return new OrganizationEdit(name, type, o.code(), o.displayOrder(), o.foundedOn(), o.contact(), o.address());
    }
}

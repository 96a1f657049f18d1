package org.partycloud.affairs.organization;

import org.partycloud.platform.testsupport.TenantIsolationContract;

/** The tenant isolation every service promises, shown on organisations. */
class TenantIsolationIT extends TenantIsolationContract {

    @Override
    protected String tenantKeyPrefix() {
        return "isoaff";
    }

    @Override
    protected String listPath() {
        return "/api/affairs/organizations";
    }

    @Override
    protected String tenantTable() {
        return "organization";
    }

    @Override
    protected String notFoundProblem() {
        return "organization-not-found";
    }

    @Override
    protected String createItemIn(String tenant) throws Exception {
        return createdIn(tenant, OrganizationTestData.committee());
    }
}

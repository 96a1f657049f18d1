package org.partycloud.learning.course;

import org.partycloud.platform.testsupport.TenantIsolationContract;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The tenant isolation every service promises, shown on courses. */
class TenantIsolationIT extends TenantIsolationContract {

    @Override
    protected String tenantKeyPrefix() {
        return "isolearn";
    }

    @Override
    protected String listPath() {
        return "/api/learning/courses";
    }

    @Override
    protected String tenantTable() {
        return "course";
    }

    @Override
    protected String notFoundProblem() {
        return "course-not-found";
    }

    @Override
    protected String createItemIn(String tenant) throws Exception {
        return createdIn(tenant, CourseTestData.requiredVideo());
    }

    /** Courses are for every member to take, so a plain member is the one who looks. */
    @Override
    protected RequestPostProcessor readerIn(String tenant) {
        return TestCallers.member(tenant);
    }
}

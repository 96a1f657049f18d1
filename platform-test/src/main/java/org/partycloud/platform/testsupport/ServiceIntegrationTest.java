package org.partycloud.platform.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of a domain service's integration tests: the {@link PartyCloudIntegrationTest} context with what nearly
 * every test reaches for. All subclasses in a service share one application context.
 */
@PartyCloudIntegrationTest
public abstract class ServiceIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected JsonMapper json;

    protected TestTenants tenants() {
        return new TestTenants(mvc, jdbc);
    }

    protected String toJson(Object body) {
        return json.writeValueAsString(body);
    }
}

package org.partycloud.affairs;

import org.partycloud.platform.testsupport.TestPostgres;
import org.partycloud.platform.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service against a real PostgreSQL. Tokens come from spring-security-test, so the issuer is a
 * dummy that is never called, and no tenant feed is followed: tests write the tenant directory themselves.
 * Subclasses share one application context.
 */
@SpringBootTest(properties = {
        "partycloud.feed.tenant-source=",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:1/realms/x"})
@AutoConfigureMockMvc
public abstract class AffairsIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected JsonMapper json;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.database("affairs_it"));
        registry.add("spring.datasource.username", () -> TestPostgres.server().username());
        registry.add("spring.datasource.password", () -> TestPostgres.server().password());
    }

    protected TestTenants tenants() {
        return new TestTenants(mvc, jdbc);
    }

    protected String toJson(Object body) {
        return json.writeValueAsString(body);
    }
}

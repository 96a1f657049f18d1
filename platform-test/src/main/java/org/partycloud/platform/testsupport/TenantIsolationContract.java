package org.partycloud.platform.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.core.tenant.TenantStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * What every data-owning service promises about tenants, tested against its own tenant-owned resource: one
 * tenant's data is neither listed in nor reachable from another, the X-Tenant header is required and checked
 * against the token, a tenant that is not active is refused, and /internal/tenants provisions and drops
 * {@code t_<key>} for the service account only. A service's {@code TenantIsolationIT} extends this, names its
 * resource through the hooks and adds only what is its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TenantIsolationContract extends ServiceIntegrationTest {

    protected static final String TENANT_HEADER = "X-Tenant";
    private static final String PROBLEM = "urn:partycloud:problem:";

    /** Prefix of this class's tenant keys ("a", "b" and a few more are appended): distinct per service. */
    protected abstract String tenantKeyPrefix();

    /** The collection of the service's tenant-owned resource, e.g. {@code /api/affairs/organizations}. */
    protected abstract String listPath();

    /** A table every tenant schema of the service has once provisioned. */
    protected abstract String tenantTable();

    /** The problem the service answers for an item it does not have, e.g. {@code organization-not-found}. */
    protected abstract String notFoundProblem();

    /** Creates (or, for a seeded resource, changes) one item in the tenant and answers its path. */
    protected abstract String createItemIn(String tenant) throws Exception;

    /** Who lists a tenant's items. */
    protected RequestPostProcessor readerIn(String tenant) {
        return TestCallers.tenantAdmin(tenant);
    }

    /** How another tenant tries to reach the item: by reading it, unless the service says otherwise. */
    protected MockHttpServletRequestBuilder reachFrom(String tenant, String item) {
        return get(item).with(readerIn(tenant));
    }

    /**
     * What the other tenant's list shows besides not listing the item. By default nothing at all; a service
     * that seeds every tenant checks that the other tenant has its own, untouched rows.
     */
    protected void assertOtherTenantsList(JsonNode list, String itemOfA) throws Exception {
        assertThat(list.get("total").asInt()).isZero();
        assertThat(list.get("items")).isEmpty();
    }

    protected final String tenantA() {
        return tenantKeyPrefix() + "a";
    }

    protected final String tenantB() {
        return tenantKeyPrefix() + "b";
    }

    @BeforeAll
    void activeTenants() throws Exception {
        tenants().freshActive(tenantA(), tenantB());
    }

    @Test
    void anItemOfOneTenantIsNeitherListedInNorReachableFromAnother() throws Exception {
        String item = createItemIn(tenantA());
        assertThat(ids(list(tenantA()))).as("items listed in the tenant that owns it").contains(idOf(item));

        JsonNode listOfB = list(tenantB());
        assertThat(ids(listOfB)).doesNotContain(idOf(item));
        assertOtherTenantsList(listOfB, item);
        mvc.perform(reachFrom(tenantB(), item).header(TENANT_HEADER, tenantB()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEM + notFoundProblem()));
    }

    @Test
    void refusesHeaderNamingTenantTheTokenDoesNotBelongTo() throws Exception {
        mvc.perform(get(listPath()).with(TestCallers.tenantAdmin(tenantA())).header(TENANT_HEADER, tenantB()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEM + "tenant-not-member"))
                .andExpect(jsonPath("$.tenant").value(tenantB()));
    }

    @Test
    void requiresTheTenantHeader() throws Exception {
        mvc.perform(get(listPath()).with(TestCallers.tenantAdmin(tenantA())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEM + "tenant-header-missing"));
    }

    @Test
    void requiresAToken() throws Exception {
        mvc.perform(get(listPath()).header(TENANT_HEADER, tenantA()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesTenantThatIsNotActive() throws Exception {
        String suspended = tenantKeyPrefix() + "susp";
        tenants().freshActive(suspended);
        tenants().setStatus(suspended, TenantStatus.SUSPENDED);

        mvc.perform(get(listPath()).with(TestCallers.tenantAdmin(suspended)).header(TENANT_HEADER, suspended))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEM + "tenant-suspended"))
                .andExpect(jsonPath("$.tenantStatus").value(TenantStatus.SUSPENDED.name()));
    }

    @Test
    void refusesProvisioningToUserTokens() throws Exception {
        String key = tenantKeyPrefix() + "x";
        mvc.perform(put("/internal/tenants/{key}", key).with(TestCallers.tenantAdmin(tenantA())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/internal/tenants/{key}", key).with(TestCallers.platformAdmin()))
                .andExpect(status().isForbidden());
        assertThat(tenants().schemaExists(key)).isFalse();
    }

    @Test
    void answersUnknownPathWithNotFoundProblem() throws Exception {
        String unknown = listPath().substring(0, listPath().lastIndexOf('/')) + "/no-such-thing";
        mvc.perform(get(unknown).with(TestCallers.tenantAdmin(tenantA())).header(TENANT_HEADER, tenantA()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(startsWith(PROBLEM)));
    }

    @Test
    void provisioningCreatesTheTenantSchemaAndDeletionDropsIt() throws Exception {
        String key = tenantKeyPrefix() + "drop";
        tenants().drop(key);

        mvc.perform(put("/internal/tenants/{key}", key).with(TestCallers.service()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schema").value("t_" + key));
        assertThat(tenants().tableExists(key, tenantTable())).isTrue();

        mvc.perform(delete("/internal/tenants/{key}", key).with(TestCallers.service()))
                .andExpect(status().isNoContent());
        assertThat(tenants().schemaExists(key)).isFalse();
    }

    @Test
    void refusesInvalidTenantKeyOnProvisioning() throws Exception {
        mvc.perform(put("/internal/tenants/{key}", "Bad-Key").with(TestCallers.service()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "invalid-tenant-key"));
    }

    /** Posts the body to the collection as the tenant's admin and answers the created item's path. */
    protected String createdIn(String tenant, Object body) throws Exception {
        return mvc.perform(post(listPath()).with(TestCallers.tenantAdmin(tenant)).header(TENANT_HEADER, tenant)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getHeader("Location");
    }

    /** The tenant's first page of items, as its reader sees it. */
    protected JsonNode list(String tenant) throws Exception {
        String body = mvc.perform(get(listPath()).with(readerIn(tenant)).header(TENANT_HEADER, tenant))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    protected static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    protected static String idOf(String item) {
        return item.substring(item.lastIndexOf('/') + 1);
    }
}

package org.partycloud.tenant.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.tenant.TenantServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The committee hierarchy through its API: invitation and consent, at most one superior, no cycles, several
 * levels, unlinking from either side, the audit of both sides, who may do what, and deletion.
 */
class CommitteeHierarchyIT extends TenantServiceIntegrationTest {

    @Autowired
    CommitteeHierarchy hierarchy;

    private String committee(String prefix) throws Exception {
        return registerActiveCommittee(prefix);
    }

    private String unit(String prefix) throws Exception {
        return registerActive(prefix, "standard").get("key").asString();
    }

    private ResultActions invite(String committee, String tenant) throws Exception {
        return mvc.perform(post("/api/tenant/committee/invitations").header("X-Tenant", committee)
                .with(memberOf(committee, "tenant-admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"tenant\":\"" + tenant + "\"}"));
    }

    private String invitationCode(String committee, String tenant) throws Exception {
        String body = invite(committee, tenant).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("code").asString();
    }

    private ResultActions accept(String tenant, String code) throws Exception {
        return mvc.perform(post("/api/tenant/superior/invitations/accept").header("X-Tenant", tenant)
                .with(memberOf(tenant, "tenant-admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\"}"));
    }

    private void link(String committee, String tenant) throws Exception {
        linkBelow(committee, tenant);
    }

    private List<String> subordinatesOf(String committee) throws Exception {
        String body = mvc.perform(get("/api/tenant/committee/subordinates").header("X-Tenant", committee)
                .with(memberOf(committee, "committee-viewer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).valueStream().map(l -> l.get("subordinate").get("key").asString()).toList();
    }

    private List<String> auditActions(String tenant) throws Exception {
        String body = mvc.perform(get("/api/tenant/hierarchy/audit").header("X-Tenant", tenant)
                .with(memberOf(tenant, "tenant-admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("items").valueStream().map(e -> e.get("action").asString()).toList();
    }

    @Test
    void aTenantThatAcceptsTheCommitteesInvitationIsLinkedBelowIt() throws Exception {
        String gw = committee("hgw");
        String corp = unit("hcorp");

        String body = invite(gw, corp).andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/tenant/committee/invitations/")))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.committee.key").value(gw))
                .andExpect(jsonPath("$.invited.key").value(corp))
                .andReturn().getResponse().getContentAsString();
        String code = json.readTree(body).get("code").asString();
        assertThat(code).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");

        // The invited tenant sees the open invitation, without its code (the code travels outside the platform).
        mvc.perform(get("/api/tenant/superior/invitations").header("X-Tenant", corp).with(memberOf(corp, "tenant-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].committee.key").value(gw))
                .andExpect(jsonPath("$[0].code").doesNotExist());

        accept(corp, code.toLowerCase().replace("-", " ")).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/tenant/superior"))
                .andExpect(jsonPath("$.committee.key").value(gw))
                .andExpect(jsonPath("$.subordinate.key").value(corp));

        mvc.perform(get("/api/tenant/superior").header("X-Tenant", corp).with(memberOf(corp, "tenant-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.committee.key").value(gw));
        assertThat(subordinatesOf(gw)).containsExactly(corp);
        assertThat(auditActions(gw)).containsExactly("linked", "invited");
        assertThat(auditActions(corp)).containsExactly("linked", "invited");
        // The code is spent.
        accept(corp, code).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:invitation-not-pending"));
    }

    @Test
    void aCodeWorksOnlyForTheTenantItWasMadeFor() throws Exception {
        String gw = committee("hcode");
        String invited = unit("hinv");
        String other = unit("hoth");
        String code = invitationCode(gw, invited);

        accept(other, code).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:invitation-not-found"));
        mvc.perform(get("/api/tenant/superior").header("X-Tenant", other).with(memberOf(other, "tenant-admin")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("urn:partycloud:problem:no-superior"));
        // Another committee cannot read or revoke this committee's invitation either.
        String rival = committee("hriv");
        String id = json.readTree(mvc.perform(get("/api/tenant/committee/invitations").header("X-Tenant", gw)
                .with(memberOf(gw, "tenant-admin"))).andReturn().getResponse().getContentAsString()).get(0).get("id").asString();
        mvc.perform(get("/api/tenant/committee/invitations/{id}", id).header("X-Tenant", rival)
                .with(memberOf(rival, "tenant-admin"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/tenant/committee/invitations/{id}", id).header("X-Tenant", rival)
                .with(memberOf(rival, "tenant-admin"))).andExpect(status().isNotFound());
        accept(invited, code).andExpect(status().isCreated());
        // A tenant admin naming another tenant in X-Tenant reaches neither side of the hierarchy.
        mvc.perform(get("/api/tenant/committee/subordinates").header("X-Tenant", gw).with(memberOf(other, "tenant-admin")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-not-member"));
        mvc.perform(get("/api/tenant/superior").header("X-Tenant", invited).with(memberOf(other, "tenant-admin")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-not-member"));
    }

    @Test
    void aTenantHasAtMostOneSuperior() throws Exception {
        String first = committee("hone");
        String second = committee("htwo");
        String corp = unit("hsole");
        String secondCode = invitationCode(second, corp);
        link(first, corp);

        invite(second, corp).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:already-linked"));
        accept(corp, secondCode).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:already-linked"));
    }

    @Test
    void committeesNestOverSeveralLevelsButNeverInACycle() throws Exception {
        String city = committee("hcity");
        String district = committee("hdist");
        String street = committee("hstrt");
        String unit = unit("hleaf");
        link(city, district);
        link(district, street);
        link(street, unit);

        assertThat(hierarchy.descendants(TenantKey.of(city))).containsExactlyInAnyOrder(district, street, unit);
        assertThat(subordinatesOf(city)).containsExactly(district);

        // street inviting city would put city below its own descendant.
        mvc.perform(post("/api/tenant/superior/invitations/accept").header("X-Tenant", city)
                .with(memberOf(city, "tenant-admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"NONE2-NONE2\"}")).andExpect(status().isNotFound());
        invite(street, city).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:hierarchy-cycle"));
        invite(city, city).andExpect(status().isBadRequest());
    }

    @Test
    void anInvitationMadeBeforeALinkCannotCloseACycleLater() throws Exception {
        String upper = committee("hup");
        String lower = committee("hlow");
        String lowerInvitesUpper = invitationCode(lower, upper);
        link(upper, lower);
        accept(upper, lowerInvitesUpper).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:hierarchy-cycle"));
    }

    @Test
    void eitherSideCanUnlinkAndBothSeeItInTheAudit() throws Exception {
        String gw = committee("hunl");
        String a = unit("hua");
        String b = unit("hub");
        link(gw, a);
        link(gw, b);

        mvc.perform(delete("/api/tenant/superior").header("X-Tenant", a).with(memberOf(a, "tenant-admin")))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/tenant/committee/subordinates/{key}", b).header("X-Tenant", gw)
                .with(memberOf(gw, "tenant-admin"))).andExpect(status().isNoContent());
        assertThat(subordinatesOf(gw)).isEmpty();
        assertThat(auditActions(gw)).startsWith("unlinked-by-committee", "unlinked-by-subordinate");
        assertThat(auditActions(a)).first().isEqualTo("unlinked-by-subordinate");
        assertThat(auditActions(b)).first().isEqualTo("unlinked-by-committee");
        mvc.perform(delete("/api/tenant/superior").header("X-Tenant", a).with(memberOf(a, "tenant-admin")))
                .andExpect(status().isNotFound());
        // Unlinked, the tenant may accept a new invitation.
        link(gw, a);
        assertThat(subordinatesOf(gw)).containsExactly(a);
    }

    @Test
    void declinedAndRevokedInvitationsCannotBeAccepted() throws Exception {
        String gw = committee("hdec");
        String corp = unit("hdc");
        String code = invitationCode(gw, corp);
        String id = json.readTree(mvc.perform(get("/api/tenant/superior/invitations").header("X-Tenant", corp)
                .with(memberOf(corp, "tenant-admin"))).andReturn().getResponse().getContentAsString()).get(0).get("id").asString();
        mvc.perform(post("/api/tenant/superior/invitations/{id}/decline", id).header("X-Tenant", corp)
                .with(memberOf(corp, "tenant-admin"))).andExpect(status().isNoContent());
        accept(corp, code).andExpect(status().isConflict());

        String again = invitationCode(gw, corp);
        JsonNode sent = json.readTree(mvc.perform(get("/api/tenant/committee/invitations").header("X-Tenant", gw)
                .with(memberOf(gw, "tenant-admin"))).andReturn().getResponse().getContentAsString());
        assertThat(sent.valueStream().map(i -> i.get("status").asString()).toList()).containsExactly("PENDING", "DECLINED");
        mvc.perform(delete("/api/tenant/committee/invitations/{id}", sent.get(0).get("id").asString())
                .header("X-Tenant", gw).with(memberOf(gw, "tenant-admin"))).andExpect(status().isNoContent());
        accept(corp, again).andExpect(status().isConflict());
        assertThat(auditActions(corp)).containsExactly("invitation-revoked", "invited", "invitation-declined", "invited");
    }

    @Test
    void onlyACommitteesAdminInvitesAndOnlyACommitteeHasTenantsBelow() throws Exception {
        String gw = committee("hrole");
        String corp = unit("hrc");
        String other = unit("hro");

        mvc.perform(post("/api/tenant/committee/invitations").header("X-Tenant", gw)
                        .with(memberOf(gw, "committee-viewer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tenant\":\"" + corp + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tenant/committee/invitations").header("X-Tenant", gw).with(memberOf(gw))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"tenant\":\"" + corp + "\"}"))
                .andExpect(status().isForbidden());
        invite(corp, other).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:not-a-committee"));
        invite(gw, "nosuch" + corp).andExpect(status().isNotFound());
        invite(gw, "Bad Key").andExpect(status().isBadRequest());
        // An operator runs the platform, not the committee's work: without its support grant he may not invite.
        mvc.perform(post("/api/tenant/committee/invitations").header("X-Tenant", gw).with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"tenant\":\"" + corp + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:support-access-required"));
        mvc.perform(post("/api/tenant/committee/invitations").header("X-Tenant", gw).with(memberOf(gw, "tenant-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"tenant\":\"" + corp + "\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aDeletedTenantLeavesTheHierarchy() throws Exception {
        String gw = committee("hdel");
        String corp = unit("hdl");
        link(gw, corp);
        mvc.perform(delete("/api/tenant/tenants/{key}", corp).with(operator())).andExpect(status().isAccepted());
        assertThat(subordinatesOf(gw)).isEmpty();
        assertThat(auditActions(gw)).first().isEqualTo("unlinked-tenant-deleted");
    }
}

package org.partycloud.infra;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo platform a first {@code ./partycloud up} seeds, so that a developer can log in at once: three tenants
 * (a committee and two subordinate units), their admins and a few users, and a small organisation tree in each.
 *
 * <p>Everything goes through the public APIs, as an operator and a tenant admin would do it: the gateway for
 * tenants and organisations, Keycloak's admin API for what has no PartyCloud API yet (passwords, extra users and
 * their organisation membership). Each step looks before it creates, so a run cut short is finished by the next
 * one; {@code <home>/demo-seeded} is written at the end and stops later runs.
 */
final class DemoPlatform {

    /** The password of every demo login (development realm only). */
    static final String PASSWORD = "partycloud";
    static final String MARKER = "demo-seeded";
    private static final Duration PROVISIONING_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration SERVED_TIMEOUT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    record DemoTenant(String key, String name, String kind, String adminUsername, String contactName,
            String contactPhone, List<Unit> units) {
    }

    /** A party organisation of the demo tree; {@code parentCode} null for the root. */
    record Unit(String code, String parentCode, String name, String type) {
    }

    /** A demo login as the banner lists it. */
    record Login(String username, String tenant, String role) {
    }

    /** A demo user besides the tenant admins; {@code group} is an organisation group, or null. */
    private record DemoUser(String username, String tenant, String group, String lastName, String firstName) {
    }

    static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant("demogw", "示范市直机关工委", "committee", "gw-admin", "周建华", "13910001001", List.of(
                    new Unit("GW", null, "中共示范市直属机关工作委员会", "committee"),
                    new Unit("GW-01", "GW", "工委机关第一党支部", "branch"),
                    new Unit("GW-02", "GW", "工委机关第二党支部", "branch"))),
            new DemoTenant("democorp", "示范集团公司党委", "enterprise", "corp-admin", "李文涛", "13910002002", List.of(
                    new Unit("CORP", null, "中共示范集团有限公司委员会", "committee"),
                    new Unit("CORP-HQ", "CORP", "集团总部机关党总支", "general_branch"),
                    new Unit("CORP-HQ-01", "CORP-HQ", "综合管理部党支部", "branch"),
                    new Unit("CORP-HQ-02", "CORP-HQ", "财务部党支部", "branch"),
                    new Unit("CORP-B1", "CORP", "第一分公司党支部", "branch"))),
            new DemoTenant("demobureau", "示范市统计局机关党委", "agency", "bureau-admin", "陈晓梅", "010-65551234",
                    List.of(new Unit("BUREAU", null, "中共示范市统计局机关委员会", "committee"),
                            new Unit("BUREAU-01", "BUREAU", "办公室党支部", "branch"),
                            new Unit("BUREAU-02", "BUREAU", "综合统计处党支部", "branch"),
                            new Unit("BUREAU-03", "BUREAU", "离退休干部党支部", "branch"))));

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("gw-viewer", "demogw", "committee-viewer", "王", "立新"),
            new DemoUser("corp-secretary", "democorp", null, "赵", "红梅"),
            new DemoUser("corp-member", "democorp", null, "孙", "志强"));

    /** The names of the tenant admins (the tenants' contacts), by tenant key: last name, first name. */
    private static final Map<String, String[]> ADMIN_NAMES = Map.of(
            "demogw", new String[] {"周", "建华"}, "democorp", new String[] {"李", "文涛"},
            "demobureau", new String[] {"陈", "晓梅"});

    static final List<Login> LOGINS = List.of(
            new Login("gw-admin", "demogw", "tenant-admin"),
            new Login("gw-viewer", "demogw", "committee-viewer"),
            new Login("corp-admin", "democorp", "tenant-admin"),
            new Login("corp-secretary", "democorp", "branch officer (赵红梅)"),
            new Login("corp-member", "democorp", "member (孙志强, own archive)"),
            new Login("bureau-admin", "demobureau", "tenant-admin"));

    private final String gateway;
    private final String keycloak;
    private final Path marker;
    private String adminToken;
    private Instant adminTokenExpires = Instant.MIN;

    /**
     * @param gateway the gateway's base URL
     * @param keycloak Keycloak's base URL (realm {@value KeycloakServer#REALM}, master admin admin/admin)
     * @param home the platform's home: the marker lives there
     */
    DemoPlatform(String gateway, String keycloak, Path home) {
        this.gateway = gateway;
        this.keycloak = keycloak;
        this.marker = home.resolve(MARKER);
    }

    boolean isSeeded() {
        return Files.exists(marker);
    }

    /** Seeds what is missing and writes the marker; throws, leaving the marker absent, when a step fails. */
    void seed() {
        String operator = passwordToken("operator", PASSWORD, "openid organization:*");
        String plan = fullestPlan(operator);
        Map<String, JsonNode> tenants = new LinkedHashMap<>();
        for (DemoTenant tenant : TENANTS) {
            ensureTenant(operator, tenant, plan);
        }
        for (DemoTenant tenant : TENANTS) {
            tenants.put(tenant.key(), awaitActive(tenant.key()));
            progress("tenant " + tenant.key() + " (" + tenant.name() + ") is ACTIVE");
        }
        for (DemoTenant tenant : TENANTS) {
            String[] name = ADMIN_NAMES.get(tenant.key());
            // The registry's name: a tenant registered earlier by hand keeps its own admin.
            String admin = tenants.get(tenant.key()).path("adminUsername").asString(tenant.adminUsername());
            String userId = findUserId(admin).orElseThrow(() -> new IllegalStateException(
                    "Tenant " + tenant.key() + " is ACTIVE but its admin " + admin + " is not in Keycloak"));
            setPassword(userId, name[0], name[1]);
        }
        for (DemoUser user : USERS) {
            ensureUser(user, tenants.get(user.tenant()).path("keycloakOrganizationId").asString());
        }
        progress("demo users ready");
        for (DemoTenant tenant : TENANTS) {
            Map<String, String> units = ensureOrganisationTree(tenant);
            Map<String, String> members = ensureMembers(tenant, units);
            ensureRoles(tenant, units, members);
        }
        for (String subordinate : SUBORDINATES) {
            ensureBelowCommittee(subordinate);
        }
        computeFigures(operator);
        try {
            Files.writeString(marker, "Demo platform seeded " + Instant.now() + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + marker + ": " + e.getMessage(), e);
        }
    }

    // ---- tenants -------------------------------------------------------------------------------------------

    /** The plan with the most modules (today the committee plan, with every module). */
    private String fullestPlan(String operator) {
        JsonNode plans = call("GET", gateway + "/api/tenant/plans", operator, null, null, 200).json();
        List<JsonNode> all = (plans.isArray() ? plans : plans.path("items")).valueStream().toList();
        return all.stream().max(Comparator.comparingInt(p -> p.path("modules").size()))
                .map(p -> p.path("key").asString())
                .orElseThrow(() -> new IllegalStateException("tenant-service offers no plans"));
    }

    private void ensureTenant(String operator, DemoTenant tenant, String plan) {
        String url = gateway + "/api/tenant/tenants/" + tenant.key();
        Response existing = call("GET", url, operator, null, null, 200, 404);
        if (existing.status() == 404) {
            Map<String, Object> registration = new LinkedHashMap<>();
            registration.put("key", tenant.key());
            registration.put("name", tenant.name());
            registration.put("kind", tenant.kind());
            registration.put("plan", plan);
            registration.put("contactName", tenant.contactName());
            registration.put("contactPhone", tenant.contactPhone());
            registration.put("adminEmail", tenant.adminUsername() + "@demo.partycloud.local");
            registration.put("adminUsername", tenant.adminUsername());
            registration.put("subscriptionStart", LocalDate.now().toString());
            registration.put("subscriptionEnd", LocalDate.now().plusYears(3).toString());
            call("POST", gateway + "/api/tenant/tenants", operator, null, registration, 202);
            progress("registered tenant " + tenant.key() + " (plan " + plan + ", admin " + tenant.adminUsername() + ")");
        } else if ("FAILED".equals(existing.json().path("status").asString())) {
            // An earlier run's provisioning failed (a service was down): finish it.
            call("POST", url + "/retry", operator, null, null, 202);
            progress("retrying the provisioning of tenant " + tenant.key());
        }
    }

    private JsonNode awaitActive(String key) {
        Instant deadline = Instant.now().plus(PROVISIONING_TIMEOUT);
        JsonNode tenant = null;
        while (Instant.now().isBefore(deadline)) {
            String operator = passwordToken("operator", PASSWORD, "openid organization:*");
            tenant = call("GET", gateway + "/api/tenant/tenants/" + key, operator, null, null, 200).json();
            String status = tenant.path("status").asString();
            if (status.equals("ACTIVE")) {
                return tenant;
            }
            if (!status.equals("PROVISIONING")) {
                throw new IllegalStateException("Tenant " + key + " is " + status + " (step " + tenant.path("failedStep")
                        .asString() + ": " + tenant.path("failureReason").asString() + ")");
            }
            ServiceProcess.sleep(500);
        }
        throw new IllegalStateException("Tenant " + key + " was not ACTIVE within " + PROVISIONING_TIMEOUT.toSeconds()
                + " s: " + tenant);
    }

    /**
     * Yesterday's statistics, run by hand as the operator would, so that the dashboards have figures on the first
     * morning rather than after the first night (the schedule adds a day every night at 02:00).
     */
    private void computeFigures(String operator) {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        Response started = call("POST", gateway + "/api/tenant/stats/runs", operator, null,
                Map.of("date", yesterday.toString()), 202);
        String run = started.json().path("id").asString();
        Instant deadline = Instant.now().plus(PROVISIONING_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String token = passwordToken("operator", PASSWORD, "openid organization:*");
            JsonNode state = call("GET", gateway + "/api/tenant/stats/runs/" + run, token, null, null, 200).json();
            switch (state.path("status").asString()) {
                case "COMPLETED" -> {
                    progress("figures of " + yesterday + " computed for the dashboards (" + state.path("tenants").asInt()
                            + " tenants)");
                    return;
                }
                case "FAILED" -> throw new IllegalStateException("The statistics of " + yesterday + " failed: "
                        + state.path("error").asString());
                default -> ServiceProcess.sleep(500);
            }
        }
        throw new IllegalStateException("The statistics of " + yesterday + " did not end within "
                + PROVISIONING_TIMEOUT.toSeconds() + " s");
    }

    // ---- Keycloak users ------------------------------------------------------------------------------------

    /** A permanent password, no required actions, names and a verified e-mail: the user can log in. */
    private void setPassword(String userId, String lastName, String firstName) {
        String url = adminRealm() + "/users/" + userId;
        call("PUT", url + "/reset-password", admin(), null,
                Map.of("type", "password", "value", PASSWORD, "temporary", false), 204);
        // The whole representation back (a partial one could drop attributes), with the changes.
        @SuppressWarnings("unchecked")
        Map<String, Object> user = JSON.convertValue(call("GET", url, admin(), null, null, 200).json(), Map.class);
        user.put("requiredActions", List.of());
        user.put("emailVerified", true);
        user.put("firstName", firstName);
        user.put("lastName", lastName);
        call("PUT", url, admin(), null, user, 204);
    }

    private void ensureUser(DemoUser user, String organizationId) {
        if (organizationId == null || organizationId.isBlank()) {
            throw new IllegalStateException("Tenant " + user.tenant() + " has no Keycloak organisation");
        }
        String userId = findUserId(user.username()).orElseGet(() -> {
            call("POST", adminRealm() + "/users", admin(), null, Map.of("username", user.username(),
                    "email", user.username() + "@demo.partycloud.local", "emailVerified", true,
                    "firstName", user.firstName(), "lastName", user.lastName(), "enabled", true,
                    "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))), 201);
            return findUserId(user.username()).orElseThrow(
                    () -> new IllegalStateException("User " + user.username() + " was created but cannot be found"));
        });
        setPassword(userId, user.lastName(), user.firstName());
        String org = adminRealm() + "/organizations/" + organizationId;
        call("POST", org + "/members", admin(), null, "\"" + userId + "\"", 201, 409);
        if (user.group() != null) {
            JsonNode groups = call("GET", org + "/groups?search=" + q(user.group()) + "&exact=true", admin(), null, null,
                    200).json();
            String groupId = groups.valueStream().filter(g -> user.group().equals(g.path("name").asString()))
                    .map(g -> g.path("id").asString()).findFirst().orElseThrow(() -> new IllegalStateException(
                            "Organisation " + user.tenant() + " has no group " + user.group()));
            call("PUT", org + "/groups/" + groupId + "/members/" + userId, admin(), null, null, 204, 409);
        }
    }

    private Optional<String> findUserId(String username) {
        JsonNode users = call("GET", adminRealm() + "/users?exact=true&username=" + q(username), admin(), null, null,
                200).json();
        return users.valueStream().filter(u -> username.equalsIgnoreCase(u.path("username").asString()))
                .map(u -> u.path("id").asString()).findFirst();
    }

    // ---- organisation trees --------------------------------------------------------------------------------

    /** The tenant's organisation tree, founded by its admin through the gateway; units there already are kept. */
    /** The tenants below the committee {@value #COMMITTEE}, linked as its admin and theirs would do it. */
    static final String COMMITTEE = "demogw";
    static final List<String> SUBORDINATES = List.of("democorp", "demobureau");

    /** The committee's admin invites, the tenant's admin accepts with the code (the consent to share figures). */
    private void ensureBelowCommittee(String key) {
        DemoTenant tenant = TENANTS.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
        DemoTenant committee = TENANTS.stream().filter(t -> t.key().equals(COMMITTEE)).findFirst().orElseThrow();
        String own = passwordToken(tenant.adminUsername(), PASSWORD, "openid organization:*");
        Response superior = call("GET", gateway + "/api/tenant/superior", own, key, null, 200, 404);
        if (superior.status() == 200) {
            return;
        }
        String committeeToken = passwordToken(committee.adminUsername(), PASSWORD, "openid organization:*");
        Response invitation = call("POST", gateway + "/api/tenant/committee/invitations", committeeToken, COMMITTEE,
                Map.of("tenant", key), 201, 409);
        String code;
        if (invitation.status() == 201) {
            code = invitation.json().path("code").asString();
        } else {
            // An invitation of an earlier, interrupted run is still open: its code is in the committee's list.
            code = call("GET", gateway + "/api/tenant/committee/invitations", committeeToken, COMMITTEE, null, 200)
                    .json().valueStream().filter(i -> key.equals(i.path("invited").path("key").asString())
                            && "PENDING".equals(i.path("status").asString()))
                    .map(i -> i.path("code").asString()).findFirst().orElseThrow(() -> new IllegalStateException(
                            "Cannot invite " + key + " below " + COMMITTEE + ": " + invitation));
        }
        call("POST", gateway + "/api/tenant/superior/invitations/accept", own, key, Map.of("code", code), 201);
        progress(key + " linked below the committee " + COMMITTEE);
    }

    /** Members per demo tenant (the committee's own organs are small). */
    private static final Map<String, Integer> MEMBERS = Map.of("demogw", 12, "democorp", 36, "demobureau", 24);

    /**
     * The tenant's members, spread over its branches, and a secretary for every branch; the first branch's term
     * ends within months, so that the re-election reminder (换届提醒) has something to show.
     */
    /**
     * The demo logins that are people of the archive (besides the admins), with their archive entry and role:
     * 赵红梅 (corp-secretary) is the secretary of democorp's first branch and its officer in the archive, 孙志强
     * (corp-member) a member of that branch who sees his own archive only.
     */
    private record Person(String login, String tenant, String name, boolean male, String role) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("corp-secretary", "democorp", "赵红梅", false, "officer"),
            new Person("corp-member", "democorp", "孙志强", true, "member"));

    /** The tenant's demo logins get their role in the archive (organisation-scoped, on the first branch). */
    private void ensureRoles(DemoTenant tenant, Map<String, String> units, Map<String, String> members) {
        String token = passwordToken(tenant.adminUsername(), PASSWORD, "openid organization:*");
        String branch = firstBranch(tenant, units);
        for (Person person : PEOPLE.stream().filter(p -> p.tenant().equals(tenant.key())).toList()) {
            String userId = findUserId(person.login()).orElseThrow(() -> new IllegalStateException(
                    "Demo login " + person.login() + " is not in Keycloak"));
            String url = gateway + "/api/affairs/role-assignments";
            if (call("GET", url + "?userId=" + userId, token, tenant.key(), null, 200).json().path("total").asLong() == 0) {
                call("POST", url, token, tenant.key(), Map.of("userId", userId, "memberId", members.get(person.name()),
                        "orgId", branch, "role", person.role()), 201);
            }
            progress(person.login() + " is " + person.name() + " in the archive of " + tenant.key() + " (" + person.role()
                    + " of the first branch)");
        }
    }

    private static String firstBranch(DemoTenant tenant, Map<String, String> units) {
        return tenant.units().stream().filter(u -> u.type().equals("branch")).map(u -> units.get(u.code()))
                .findFirst().orElseThrow();
    }

    /** Answers the tenant's members by name. */
    private Map<String, String> ensureMembers(DemoTenant tenant, Map<String, String> units) {
        String token = passwordToken(tenant.adminUsername(), PASSWORD, "openid organization:*");
        String url = gateway + "/api/affairs/members";
        List<String> branches = tenant.units().stream().filter(u -> u.type().equals("branch"))
                .map(u -> units.get(u.code())).toList();
        Map<String, String> existing = call("GET", url + "?size=100&archive=all", token, tenant.key(), null, 200)
                .json().path("items").valueStream().collect(Collectors.toMap(m -> m.path("name").asString(),
                        m -> m.path("id").asString(), (a, b) -> a));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        // The demo logins' own archive entries go to the first branch: indexes 0 and then every branches.size().
        Map<Integer, Map.Entry<String, Boolean>> fixed = new LinkedHashMap<>();
        List<Person> logins = PEOPLE.stream().filter(p -> p.tenant().equals(tenant.key())).toList();
        for (int i = 0; i < logins.size(); i++) {
            fixed.put(i * branches.size(), Map.entry(logins.get(i).name(), logins.get(i).male()));
        }
        List<DemoMembers.Person> people = DemoMembers.of(tenant.key(), MEMBERS.get(tenant.key()), today, fixed);
        Map<String, String> firstOfBranch = new LinkedHashMap<>();
        int created = 0;
        for (int i = 0; i < people.size(); i++) {
            DemoMembers.Person person = people.get(i);
            String orgId = branches.get(i % branches.size());
            String id = existing.get(person.name());
            if (id == null) {
                Map<String, Object> body = new LinkedHashMap<>(person.fields());
                body.put("orgId", orgId);
                id = call("POST", url, token, tenant.key(), body, 201).json().path("id").asString();
                created++;
            }
            firstOfBranch.putIfAbsent(orgId, id);
            existing.put(person.name(), id);
        }
        int branch = 0;
        for (Map.Entry<String, String> first : firstOfBranch.entrySet()) {
            String officers = gateway + "/api/affairs/organizations/" + first.getKey() + "/officers";
            if (call("GET", officers, token, tenant.key(), null, 200).json().path("total").asLong() == 0) {
                LocalDate start = branch == 0 ? today.minusYears(3).plusMonths(4) : today.minusYears(1);
                call("POST", officers, token, tenant.key(), Map.of("memberId", first.getValue(),
                        "position", "secretary", "termStart", start.toString()), 201);
            }
            branch++;
        }
        progress("members of " + tenant.key() + ": " + people.size() + " (" + created + " new), "
                + firstOfBranch.size() + " branch secretaries");
        return existing;
    }

    private Map<String, String> ensureOrganisationTree(DemoTenant tenant) {
        String token = passwordToken(tenant.adminUsername(), PASSWORD, "openid organization:*");
        String url = gateway + "/api/affairs/organizations";
        // The services learn that the tenant is ACTIVE from the tenant feed, a moment after tenant-service.
        Instant deadline = Instant.now().plus(SERVED_TIMEOUT);
        Response list;
        while ((list = call("GET", url + "?size=100", token, tenant.key(), null, 200, 403, 404, 503)).status() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("affairs-service does not serve tenant " + tenant.key() + " after "
                        + SERVED_TIMEOUT.toSeconds() + " s: " + list);
            }
            ServiceProcess.sleep(500);
        }
        Map<String, String> ids = list.json().path("items").valueStream()
                .filter(o -> !o.path("code").isMissingNode() && !o.path("code").isNull())
                .collect(Collectors.toMap(o -> o.path("code").asString(), o -> o.path("id").asString(), (a, b) -> a,
                        HashMap::new));
        int created = 0;
        for (Unit unit : tenant.units()) {
            if (ids.containsKey(unit.code())) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            if (unit.parentCode() != null) {
                body.put("parentId", ids.get(unit.parentCode()));
            }
            body.put("name", unit.name());
            body.put("type", unit.type());
            body.put("code", unit.code());
            body.put("displayOrder", tenant.units().indexOf(unit) * 10);
            JsonNode org = call("POST", url, token, tenant.key(), body, 201).json();
            ids.put(unit.code(), org.path("id").asString());
            created++;
        }
        progress("organisation tree of " + tenant.key() + ": " + tenant.units().size() + " units (" + created + " new)");
        return ids;
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------

    private String adminRealm() {
        return keycloak + "/admin/realms/" + KeycloakServer.REALM;
    }

    /** The master realm administrator's token; master tokens live 60 s, so it is renewed well before. */
    private String admin() {
        if (Instant.now().isAfter(adminTokenExpires)) {
            adminToken = token(keycloak + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                    "client_id", "admin-cli", "username", KeycloakServer.ADMIN, "password", KeycloakServer.ADMIN));
            adminTokenExpires = Instant.now().plusSeconds(30);
        }
        return adminToken;
    }

    private String passwordToken(String username, String password, String scope) {
        return token(keycloak + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "partycloud-cli", "username", username,
                        "password", password, "scope", scope));
    }

    private static String token(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> q(e.getKey()) + "=" + q(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Response response = send(request);
        if (response.status() != 200) {
            throw new IllegalStateException("Login of " + form.get("username") + " at " + url + " failed: " + response);
        }
        return response.json().path("access_token").asString();
    }

    private record Response(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return "HTTP " + status + (body == null || body.isBlank() ? "" : " " + abbreviate(body));
        }
    }

    /** One call; a status other than the expected ones fails with the method, URL and answer. */
    private static Response call(String method, String url, String token, String tenant, Object body, int... expected) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (tenant != null) {
            builder.header("X-Tenant", tenant);
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        }
        Response response = send(builder.build());
        for (int status : expected) {
            if (response.status() == status) {
                return response;
            }
        }
        throw new IllegalStateException(method + " " + url + " answered " + response);
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    private static void progress(String line) {
        System.out.println("  demo: " + line);
    }

    /** The banner's table of demo logins. */
    static String loginTable() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("    %-16s %-12s %s", "user", "tenant", "role"));
        for (Login login : LOGINS) {
            lines.add(String.format("    %-16s %-12s %s", login.username(), login.tenant(), login.role()));
        }
        return String.join("\n", lines);
    }
}

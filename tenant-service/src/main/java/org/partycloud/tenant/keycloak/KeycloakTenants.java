package org.partycloud.tenant.keycloak;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.partycloud.platform.internal.InternalApiClient;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.tenant.keycloak.Representations.Credential;
import org.partycloud.tenant.keycloak.Representations.Group;
import org.partycloud.tenant.keycloak.Representations.Organization;
import org.partycloud.tenant.keycloak.Representations.Role;
import org.partycloud.tenant.keycloak.Representations.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpClientErrorException.Conflict;
import org.springframework.web.client.HttpClientErrorException.NotFound;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * A tenant's identity in Keycloak: an organisation whose alias is the tenant key, its groups
 * {@value TenantGroups#TENANT_ADMIN} and {@value TenantGroups#COMMITTEE_VIEWER} mapped to the realm roles of the
 * same names, and the tenant admin user. Every operation looks before it creates and treats "already there" as
 * done, so a resumed or retried saga, or two replicas racing, end with one of each.
 */
@Component
public class KeycloakTenants {

    private static final Logger log = LoggerFactory.getLogger(KeycloakTenants.class);
    private static final int PAGE = 100;
    static final String KEY_ATTRIBUTE = "tenantKey";
    /**
     * The user attribute that marks a user this service created as the admin of a tenant (value: the tenant key).
     * The realm's user profile declares it, visible and editable by administrators only, so a user cannot set it.
     */
    public static final String ADMIN_OF_ATTRIBUTE = "partycloudAdminOf";
    private final RestClient rest;
    private final String admin;

    KeycloakTenants(InternalApiClient client, KeycloakProperties properties) {
        this.rest = client.rest();
        this.admin = properties.adminBase();
    }

    /** The tenant's organisation groups, each mapped to the realm role of its name. */
    public static final class TenantGroups {
        public static final String TENANT_ADMIN = "tenant-admin";
        public static final String COMMITTEE_VIEWER = "committee-viewer";
        static final Map<String, String> DESCRIPTIONS = Map.of(
                TENANT_ADMIN, "租户管理员 Tenant administrators",
                COMMITTEE_VIEWER, "上级党委查看 Committee viewers");

        private TenantGroups() {
        }
    }

    /**
     * The admin account of a tenant to create: a one-time password, if still known, that must be changed at first
     * login.
     */
    public record AdminAccount(TenantKey tenant, String username, String email, String firstName, String lastName,
            Optional<String> oneTimePassword) {
    }

    /** Finds the tenant's organisation by alias, or creates it; answers its id. */
    public String ensureOrganization(TenantKey key, String displayName) {
        Optional<Organization> existing = findOrganization(key);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        // The name is the key too: it must be unique in the realm, and the admin search matches names (never
        // aliases). Attributes are copied into every member's token, beside the roles: only fixed names, only the key.
        Organization organization = new Organization(null, key.value(), key.value(), displayName, true,
                Map.of(KEY_ATTRIBUTE, List.of(key.value())), List.of());
        callTolerating(Conflict.class, "create organisation " + key, () -> rest.post()
                .uri(admin + "/organizations").contentType(MediaType.APPLICATION_JSON).body(organization)
                .retrieve().toBodilessEntity());
        return findOrganization(key).map(Organization::id).orElseThrow(
                () -> new KeycloakException("Keycloak organisation '" + key + "' was created but cannot be found"));
    }

    public Optional<String> findOrganizationId(TenantKey key) {
        return findOrganization(key).map(Organization::id);
    }

    private Optional<Organization> findOrganization(TenantKey key) {
        List<Organization> found = call("search organisation " + key, () -> rest.get()
                .uri(admin + "/organizations?search={key}&exact=true&first=0&max=10", key.value())
                .retrieve().body(new ParameterizedTypeReference<List<Organization>>() { }));
        return found == null ? Optional.empty()
                : found.stream().filter(o -> key.value().equals(o.alias())).findFirst();
    }

    /** Creates the organisation's groups where missing and maps each to its realm role. */
    public void ensureTenantGroups(String organizationId) {
        for (String name : List.of(TenantGroups.TENANT_ADMIN, TenantGroups.COMMITTEE_VIEWER)) {
            Group group = findGroup(organizationId, name).orElseGet(() -> createGroup(organizationId, name));
            ensureRealmRole(organizationId, group, name);
        }
    }

    private Optional<Group> findGroup(String organizationId, String name) {
        List<Group> found = call("search group " + name, () -> rest.get()
                .uri(admin + "/organizations/{org}/groups?search={name}&exact=true&briefRepresentation=true",
                        organizationId, name)
                .retrieve().body(new ParameterizedTypeReference<List<Group>>() { }));
        return found == null ? Optional.empty() : found.stream().filter(g -> name.equals(g.name())).findFirst();
    }

    private Group createGroup(String organizationId, String name) {
        callTolerating(Conflict.class, "create group " + name, () -> rest.post()
                .uri(admin + "/organizations/{org}/groups", organizationId).contentType(MediaType.APPLICATION_JSON)
                .body(new Group(null, name, null, TenantGroups.DESCRIPTIONS.get(name)))
                .retrieve().toBodilessEntity());
        return findGroup(organizationId, name)
                .orElseThrow(() -> new KeycloakException("Group '" + name + "' was created but cannot be found"));
    }

    private void ensureRealmRole(String organizationId, Group group, String roleName) {
        String mappings = admin + "/organizations/{org}/groups/{group}/role-mappings/realm";
        List<Role> mapped = call("read role mappings of group " + group.name(), () -> rest.get()
                .uri(mappings, organizationId, group.id())
                .retrieve().body(new ParameterizedTypeReference<List<Role>>() { }));
        if (mapped != null && mapped.stream().anyMatch(r -> roleName.equals(r.name()))) {
            return;
        }
        // The available list carries the role's id, which the mapping needs; reading realm roles directly
        // would need view-realm, which this service's account does not hold.
        List<Role> available = call("list mappable roles of group " + group.name(), () -> rest.get()
                .uri(mappings + "/available", organizationId, group.id())
                .retrieve().body(new ParameterizedTypeReference<List<Role>>() { }));
        Role role = (available == null ? List.<Role>of() : available).stream()
                .filter(r -> roleName.equals(r.name())).findFirst()
                .orElseThrow(() -> new KeycloakException("Realm role '" + roleName
                        + "' does not exist or may not be mapped by this service's account"));
        call("map role " + roleName + " to group " + group.name(), () -> rest.post()
                .uri(mappings, organizationId, group.id()).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(role)).retrieve().toBodilessEntity());
    }

    /**
     * Finds the admin user this service created for the tenant, or creates it (with the one-time password, to be
     * changed at first login, and marked with {@value #ADMIN_OF_ATTRIBUTE}), makes it a member of the organisation
     * and of its {@value TenantGroups#TENANT_ADMIN} group; answers its id. A user of that name that this service
     * did not create for this tenant is never adopted: the step fails and says so.
     */
    public String ensureAdminUser(String organizationId, AdminAccount account) {
        String userId = findUser(account.username()).map(u -> requireAdminOf(u, account.tenant()))
                .orElseGet(() -> createUser(account));
        callTolerating(Conflict.class, "add member " + account.username(), () -> rest.post()
                .uri(admin + "/organizations/{org}/members", organizationId)
                .contentType(MediaType.APPLICATION_JSON).body("\"" + userId + "\"")
                .retrieve().toBodilessEntity());
        Group group = findGroup(organizationId, TenantGroups.TENANT_ADMIN).orElseThrow(() -> new KeycloakException(
                "Organisation " + organizationId + " has no group " + TenantGroups.TENANT_ADMIN));
        callTolerating(Conflict.class, "add " + account.username() + " to group " + group.name(), () -> rest.put()
                .uri(admin + "/organizations/{org}/groups/{group}/members/{user}", organizationId, group.id(), userId)
                .retrieve().toBodilessEntity());
        return userId;
    }

    /**
     * The user attribute that marks a user this service created as the login of a member of a tenant (value: the
     * tenant key); {@value #MEMBER_ID_ATTRIBUTE} names the member. Declared in the realm's user profile like
     * {@value #ADMIN_OF_ATTRIBUTE}, visible and editable by administrators only.
     */
    public static final String MEMBER_OF_ATTRIBUTE = "partycloudMemberOf";
    public static final String MEMBER_ID_ATTRIBUTE = "partycloudMemberId";
    /** How many numbered variants of a proposed username are tried before giving up (zhangwei, zhangwei2 …). */
    static final int USERNAME_VARIANTS = 50;

    /** The login of a member to create: the proposed username is taken as is, or with a number after it. */
    public record MemberAccount(TenantKey tenant, String memberId, String username, String firstName,
            String lastName) {
    }

    /**
     * A member's login: its id and username, and the temporary password to hand to the member, if one was set
     * by this call (empty when the member has already chosen their own).
     */
    public record MemberUser(String userId, String username, Optional<String> temporaryPassword, boolean created) {
    }

    /**
     * Finds the login this service created for the member, or creates it in the organisation with a temporary
     * password and the required action UPDATE_PASSWORD, so the member sets their own at first login. Usernames
     * are realm-wide: the proposed one is tried first, then with 2, 3 … after it, skipping every user that is not
     * this member's login (those are never adopted). A login found that still waits for its first sign-in gets a
     * fresh temporary password (the earlier one was lost with the call that created it); one whose member has set
     * a password keeps it. Answers the login, a member of the organisation.
     */
    public MemberUser ensureMemberUser(String organizationId, MemberAccount account, Supplier<String> passwords) {
        for (int variant = 1; variant <= USERNAME_VARIANTS; variant++) {
            String username = variant == 1 ? account.username() : account.username() + variant;
            Optional<User> existing = findUser(username);
            MemberUser user;
            if (existing.isPresent()) {
                if (!isLoginOf(existing.get(), account)) {
                    continue;
                }
                user = reissue(existing.get(), passwords);
            } else {
                Optional<MemberUser> created = createMemberUser(account, username, passwords.get());
                if (created.isEmpty()) {
                    continue;
                }
                user = created.get();
            }
            callTolerating(Conflict.class, "add member " + user.username(), () -> rest.post()
                    .uri(admin + "/organizations/{org}/members", organizationId)
                    .contentType(MediaType.APPLICATION_JSON).body("\"" + user.userId() + "\"")
                    .retrieve().toBodilessEntity());
            return user;
        }
        throw new KeycloakException("No free username for member " + account.memberId() + " of tenant "
                + account.tenant() + ": " + account.username() + " up to " + account.username() + USERNAME_VARIANTS
                + " are all taken");
    }

    private static boolean isLoginOf(User user, MemberAccount account) {
        return user.attribute(MEMBER_OF_ATTRIBUTE).contains(account.tenant().value())
                && user.attribute(MEMBER_ID_ATTRIBUTE).contains(account.memberId());
    }

    private MemberUser reissue(User user, Supplier<String> passwords) {
        if (user.requiredActions() == null || !user.requiredActions().contains("UPDATE_PASSWORD")) {
            return new MemberUser(user.id(), user.username(), Optional.empty(), false);
        }
        String password = passwords.get();
        call("reset the temporary password of " + user.username(), () -> rest.put()
                .uri(admin + "/users/{user}/reset-password", user.id()).contentType(MediaType.APPLICATION_JSON)
                .body(new Credential("password", password, true)).retrieve().toBodilessEntity());
        return new MemberUser(user.id(), user.username(), Optional.of(password), false);
    }

    /** Creates the user; empty when the username was taken meanwhile by a user that is not this member's login. */
    private Optional<MemberUser> createMemberUser(MemberAccount account, String username, String password) {
        User user = new User(null, username, null, account.firstName(), account.lastName(), true, false,
                List.of("UPDATE_PASSWORD"), List.of(new Credential("password", password, true)),
                Map.of(MEMBER_OF_ATTRIBUTE, List.of(account.tenant().value()),
                        MEMBER_ID_ATTRIBUTE, List.of(account.memberId())));
        try {
            call("create user " + username, () -> rest.post().uri(admin + "/users")
                    .contentType(MediaType.APPLICATION_JSON).body(user).retrieve().toBodilessEntity());
        } catch (KeycloakException e) {
            if (!(e.getCause() instanceof Conflict)) {
                throw e;
            }
            // Created meanwhile: by a concurrent call for the same member (then it is this login), or by anyone else.
            return findUser(username).filter(u -> isLoginOf(u, account)).map(u -> reissue(u, () -> password));
        }
        log.info("Created Keycloak user {} as the login of member {} of tenant {}", username, account.memberId(),
                account.tenant());
        String id = findUserId(username).orElseThrow(
                () -> new KeycloakException("User '" + username + "' was created but cannot be found"));
        return Optional.of(new MemberUser(id, username, Optional.of(password), true));
    }

    public Optional<String> findUserId(String username) {
        return findUser(username).map(User::id);
    }

    /** The user with this username, with its attributes. */
    private Optional<User> findUser(String username) {
        List<User> found = call("search user " + username, () -> rest.get()
                .uri(admin + "/users?username={username}&exact=true&briefRepresentation=false", username)
                .retrieve().body(new ParameterizedTypeReference<List<User>>() { }));
        return found == null ? Optional.empty()
                : found.stream().filter(u -> username.equalsIgnoreCase(u.username())).findFirst();
    }

    private static boolean isAdminOf(User user, TenantKey tenant) {
        return user.attribute(ADMIN_OF_ATTRIBUTE).contains(tenant.value());
    }

    private static String requireAdminOf(User user, TenantKey tenant) {
        if (!isAdminOf(user, tenant)) {
            throw new KeycloakException("Keycloak user '" + user.username() + "' exists already and was not created"
                    + " by PartyCloud as the admin of tenant '" + tenant + "': it is not made this tenant's admin."
                    + " Register the tenant with another admin username, or remove that Keycloak user, then retry.");
        }
        return user.id();
    }

    private String createUser(AdminAccount account) {
        List<Credential> credentials = account.oneTimePassword()
                .map(p -> List.of(new Credential("password", p, true))).orElse(null);
        User user = new User(null, account.username(), account.email(), account.firstName(), account.lastName(), true,
                false, List.of("UPDATE_PASSWORD"), credentials,
                Map.of(ADMIN_OF_ATTRIBUTE, List.of(account.tenant().value())));
        try {
            call("create user " + account.username(), () -> rest.post().uri(admin + "/users")
                    .contentType(MediaType.APPLICATION_JSON).body(user).retrieve().toBodilessEntity());
            log.info("Created Keycloak user {} as the admin of tenant {}", account.username(), account.tenant());
        } catch (KeycloakException e) {
            if (!(e.getCause() instanceof Conflict)) {
                throw e;
            }
            // Created meanwhile (by another run for this tenant, or by someone else), or the e-mail belongs to
            // another account: tell which.
            return findUser(account.username()).map(u -> requireAdminOf(u, account.tenant()))
                    .orElseThrow(() -> new KeycloakException("Cannot create user '" + account.username()
                            + "': e-mail " + account.email() + " belongs to another Keycloak account", e));
        }
        // Just created by this call: ours, even where an older realm's user profile dropped the mark.
        return findUserId(account.username()).orElseThrow(
                () -> new KeycloakException("User '" + account.username() + "' was created but cannot be found"));
    }

    /**
     * Removes the tenant from Keycloak: every member that belongs to no other organisation is deleted (a member
     * of another tenant only leaves this one), then the organisation with its groups; also the admin user if it
     * was created for this tenant but never joined (a user of that name created otherwise is left alone).
     * Idempotent.
     */
    public void deleteTenant(TenantKey key, String organizationIdHint, String adminUsername) {
        Optional<String> organizationId = Optional.ofNullable(organizationIdHint).filter(this::organizationExists)
                .or(() -> findOrganizationId(key));
        if (organizationId.isPresent()) {
            String org = organizationId.get();
            // Deleting the organisation would leave its users behind (members added through the admin API
            // survive as plain realm users), so they go first: deleted, or only removed from this organisation
            // where they belong to another tenant too.
            Set<String> handled = new HashSet<>();
            List<User> members;
            while (!(members = members(org)).isEmpty()) {
                for (User member : members) {
                    if (!handled.add(member.id())) {
                        throw new KeycloakException("Member " + member.username() + " of organisation " + key
                                + " is still there after being removed");
                    }
                    removeMember(org, member);
                }
            }
            callTolerating(NotFound.class, "delete organisation " + key, () -> rest.delete()
                    .uri(admin + "/organizations/{org}", org).retrieve().toBodilessEntity());
            log.info("Deleted Keycloak organisation {}", key);
        }
        findUser(adminUsername).filter(u -> isAdminOf(u, key)).map(User::id)
                .filter(id -> organizationsOf(id).isEmpty()).ifPresent(this::deleteUser);
    }

    private boolean organizationExists(String organizationId) {
        try {
            call("read organisation " + organizationId, () -> rest.get()
                    .uri(admin + "/organizations/{org}", organizationId).retrieve().toBodilessEntity());
            return true;
        } catch (KeycloakException e) {
            if (e.getCause() instanceof NotFound) {
                return false;
            }
            throw e;
        }
    }

    private List<User> members(String organizationId) {
        List<User> members = call("list members", () -> rest.get()
                .uri(admin + "/organizations/{org}/members?first=0&max={max}&briefRepresentation=true",
                        organizationId, PAGE)
                .retrieve().body(new ParameterizedTypeReference<List<User>>() { }));
        return members == null ? List.of() : members;
    }

    private void removeMember(String organizationId, User member) {
        boolean elsewhere = organizationsOf(member.id()).stream().anyMatch(o -> !organizationId.equals(o.id()));
        if (elsewhere) {
            callTolerating(NotFound.class, "remove member " + member.username(), () -> rest.delete()
                    .uri(admin + "/organizations/{org}/members/{user}", organizationId, member.id())
                    .retrieve().toBodilessEntity());
        } else {
            deleteUser(member.id());
        }
    }

    private List<Organization> organizationsOf(String userId) {
        List<Organization> organizations = call("list organisations of user " + userId, () -> rest.get()
                .uri(admin + "/organizations/members/{user}/organizations?briefRepresentation=true", userId)
                .retrieve().body(new ParameterizedTypeReference<List<Organization>>() { }));
        return organizations == null ? List.of() : organizations;
    }

    private void deleteUser(String userId) {
        callTolerating(NotFound.class, "delete user " + userId, () -> rest.delete()
                .uri(admin + "/users/{user}", userId).retrieve().toBodilessEntity());
    }

    /** Runs an admin call whose refusal with the given status means "already so" (409) or "already gone" (404). */
    private void callTolerating(Class<? extends HttpClientErrorException> alreadyDone, String what,
            Supplier<?> request) {
        try {
            call(what, request);
        } catch (KeycloakException e) {
            if (!alreadyDone.isInstance(e.getCause())) {
                throw e;
            }
        }
    }

    /** Runs an admin call; a refusal or an unreachable Keycloak becomes a {@link KeycloakException} saying which. */
    private <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientResponseException e) {
            String body = e.getResponseBodyAsString();
            throw new KeycloakException("Keycloak refused to " + what + ": " + e.getStatusCode()
                    + (body.isBlank() ? "" : " " + abbreviate(body)), e);
        } catch (RestClientException e) {
            throw new KeycloakException("Keycloak is unreachable to " + what + ": " + rootMessage(e), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}

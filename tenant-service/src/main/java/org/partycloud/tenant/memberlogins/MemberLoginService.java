package org.partycloud.tenant.memberlogins;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantStatus;
import org.partycloud.platform.web.ProblemException;
import org.partycloud.tenant.keycloak.KeycloakException;
import org.partycloud.tenant.keycloak.KeycloakTenants;
import org.partycloud.tenant.keycloak.KeycloakTenants.MemberAccount;
import org.partycloud.tenant.keycloak.KeycloakTenants.MemberUser;
import org.partycloud.tenant.registry.OneTimePasswords;
import org.partycloud.tenant.registry.TenantRegistry;
import org.partycloud.tenant.registry.TenantSnapshot;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Creates members' logins in the tenant's Keycloak organisation. The temporary passwords pass through and are
 * never stored here: Keycloak keeps only their hash and makes the member replace them at first login.
 */
@Service
class MemberLoginService {

    private final TenantRegistry registry;
    private final KeycloakTenants keycloak;
    private final OneTimePasswords passwords;

    MemberLoginService(TenantRegistry registry, KeycloakTenants keycloak, OneTimePasswords passwords) {
        this.registry = registry;
        this.keycloak = keycloak;
        this.passwords = passwords;
    }

    List<MemberLogin> create(String tenant, List<NewMemberLogins.Login> logins) {
        TenantKey key = TenantKey.isValid(tenant) ? TenantKey.of(tenant) : null;
        TenantSnapshot snapshot = (key == null ? java.util.Optional.<TenantSnapshot>empty() : registry.snapshot(key))
                .orElseThrow(() -> ProblemException.notFound("tenant-not-found", "There is no tenant '" + tenant + "'.")
                        .with("tenant", tenant));
        if (snapshot.status() != TenantStatus.ACTIVE || snapshot.keycloakOrganizationId() == null) {
            throw ProblemException.conflict("tenant-not-active", "Tenant '" + tenant + "' is "
                    + snapshot.status() + ": logins are created only for an active tenant.")
                    .with("tenant", tenant).with("status", snapshot.status());
        }
        requireOwnPrefixAndOnePerMember(key, logins);
        List<MemberLogin> created = new ArrayList<>(logins.size());
        for (NewMemberLogins.Login login : logins) {
            MemberAccount account = new MemberAccount(key, login.memberId().toString(), login.username(),
                    login.firstName().strip(), login.lastName().strip());
            try {
                MemberUser user = keycloak.ensureMemberUser(snapshot.keycloakOrganizationId(), account,
                        passwords::generate);
                created.add(new MemberLogin(login.memberId(), user.userId(), user.username(),
                        user.temporaryPassword().orElse(null), user.created()));
            } catch (KeycloakException e) {
                throw new ProblemException(HttpStatus.BAD_GATEWAY, "keycloak-failed", "身份服务出错 Identity provider failed",
                        e.getMessage()).with("memberId", login.memberId()).with("completed", created.size());
            }
        }
        return created;
    }

    /** A service may create logins only under the tenant's own prefix, so it can never take over another name. */
    private static void requireOwnPrefixAndOnePerMember(TenantKey key, List<NewMemberLogins.Login> logins) {
        Set<UUID> members = new HashSet<>();
        for (int i = 0; i < logins.size(); i++) {
            NewMemberLogins.Login login = logins.get(i);
            if (!login.username().startsWith(key.value() + ".")) {
                throw invalid("logins[" + i + "].username", "must start with '" + key.value() + ".'");
            }
            if (!members.add(login.memberId())) {
                throw invalid("logins[" + i + "].memberId", "appears more than once");
            }
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation", "输入有误 Invalid input",
                "Some fields are not valid.").with("errors", Map.of(field, message));
    }
}

package org.partycloud.affairs.access;

import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.partycloud.platform.internal.InternalApiClient;
import org.partycloud.platform.web.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * tenant-service's {@code POST /internal/tenants/{key}/member-logins}, called with this service's
 * client-credentials token: it creates the Keycloak users in the tenant's organisation, idempotently per member,
 * so a call repeated after a failure here answers the same users.
 */
@Component
class TenantServiceLogins {

    private final RestClient rest;
    private final String baseUrl;

    TenantServiceLogins(InternalApiClient client,
            @Value("${partycloud.affairs.tenant-service-url}")
            String baseUrl) {
        this.rest = client.rest();
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    /** The users for the logins, in the order asked; tenant-service failing or unreachable → 503 to the admin. */
    List<CreatedLogin> create(String tenant, List<RequestedLogin> logins) {
        try {
            Created answer = rest.post().uri(baseUrl + "/internal/tenants/{key}/member-logins", tenant)
                    .contentType(MediaType.APPLICATION_JSON).body(new Requested(logins))
                    .retrieve().body(Created.class);
            if (answer == null || answer.logins() == null || answer.logins().size() != logins.size()) {
                throw unavailable("tenant-service answered " + (answer == null || answer.logins() == null ? "nothing"
                        : answer.logins().size() + " logins for " + logins.size()));
            }
            return answer.logins();
        } catch (RestClientResponseException e) {
            throw unavailable("tenant-service answered " + e.getStatusCode() + " " + abbreviate(e.getResponseBodyAsString()));
        } catch (RestClientException e) {
            throw unavailable("tenant-service is unreachable: " + e.getMessage());
        }
    }

    private static ProblemException unavailable(String why) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "member-logins-unavailable",
                "暂时无法创建登录账号 Logins cannot be created now",
                "Logins could not be created (" + why + "). Nothing was recorded; try again later, the members"
                        + " invited then get the same usernames.");
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** One login to create: the proposed username and the name parts Keycloak shows. */
    record RequestedLogin(UUID memberId, String username, String firstName, String lastName) {
    }

    /** A login created (or found again): temporaryPassword is null when the member has already set their own. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreatedLogin(UUID memberId, String userId, String username, String temporaryPassword) {
    }

    record Requested(List<RequestedLogin> logins) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Created(List<CreatedLogin> logins) {
    }
}

package org.partycloud.tenant.keycloak;

import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The few fields of Keycloak's admin representations this service reads or writes. */
final class Representations {

    private Representations() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(String id, String name, String alias, String description, Boolean enabled,
            Map<String, List<String>> attributes, List<Object> domains) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Group(String id, String name, String path, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Role(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record User(String id, String username, String email, String firstName, String lastName, Boolean enabled,
            Boolean emailVerified, List<String> requiredActions, List<Credential> credentials,
            Map<String, List<String>> attributes) {

        List<String> attribute(String name) {
            return attributes == null ? List.of() : attributes.getOrDefault(name, List.of());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Credential(String type, String value, Boolean temporary) {
    }
}

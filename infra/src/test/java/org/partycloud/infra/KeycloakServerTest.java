package org.partycloud.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KeycloakServerTest {

    private static final String GATEWAY_CLIENT = """
            "rootUrl": "http://localhost:8080",
            "redirectUris": ["http://localhost:8080/*", "http://127.0.0.1:8080/*"],
            "post.logout.redirect.uris": "http://localhost:8080/*##http://127.0.0.1:8080/*",
            "other": "http://localhost:80801/x"
            """;

    @Test
    void movesTheGatewayClientsUrlsToTheGatewaysPort() {
        assertThat(KeycloakServer.realmForGateway(GATEWAY_CLIENT, "http://localhost:28080")).isEqualTo("""
                "rootUrl": "http://localhost:28080",
                "redirectUris": ["http://localhost:28080/*", "http://127.0.0.1:28080/*"],
                "post.logout.redirect.uris": "http://localhost:28080/*##http://127.0.0.1:28080/*",
                "other": "http://localhost:80801/x"
                """);
    }

    @Test
    void keepsTheRealmAsItIsOnTheDefaultPort() {
        assertThat(KeycloakServer.realmForGateway(GATEWAY_CLIENT, "http://localhost:8080")).isEqualTo(GATEWAY_CLIENT);
        assertThat(KeycloakServer.realmForGateway(GATEWAY_CLIENT, null)).isEqualTo(GATEWAY_CLIENT);
    }

    @Test
    void theProjectsRealmFileHasNoGatewayUrlLeftOnPort8080AfterTheMove() throws IOException {
        Path root = Path.of(System.getProperty("partycloud.root", "..")).toAbsolutePath().normalize();
        String realm = Files.readString(root.resolve("infra/keycloak/partycloud-realm.json"));
        assertThat(realm).contains("http://localhost:8080/*");
        assertThat(KeycloakServer.realmForGateway(realm, "http://localhost:28080")).doesNotContain(":8080")
                .contains("\"http://localhost:28080/*\"", "\"http://127.0.0.1:28080/*\"");
    }
}

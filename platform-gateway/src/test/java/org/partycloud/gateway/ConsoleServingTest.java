package org.partycloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway serves the web console: index.html at / and on deep links, cacheable hashed assets, APIs untouched. */
@SpringBootTest(properties = {
        "partycloud.gateway.keycloak.issuer-uri=http://localhost:1/realms/partycloud",
        "partycloud.gateway.tenant-service-url=http://localhost:1",
        "partycloud.gateway.feed.interval=1h"})
class ConsoleServingTest {

    @Autowired
    ApplicationContext context;
    WebTestClient client;

    @BeforeEach
    void bind() {
        client = WebTestClient.bindToApplicationContext(context).configureClient().build();
    }

    private String page(String path) {
        return client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value("Cache-Control", value -> assertThat(value).contains("no-cache"))
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void theConsoleIsServedAtTheRootAndNotCached() {
        assertThat(page("/")).contains("<title>党建云 PartyCloud</title>").contains("/assets/");
    }

    @Test
    void aReloadOnADeepLinkGetsTheConsole() {
        assertThat(page("/operator/tenants")).contains("党建云");
        assertThat(page("/operator/tenants/acme")).contains("党建云");
    }

    @Test
    void hashedAssetsAreCachedForAYear() {
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page("/"));
        assertThat(script.find()).isTrue();
        client.get().uri(script.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().value("Cache-Control", value -> assertThat(value)
                        .contains("max-age=31536000").contains("immutable"));
    }

    @Test
    void apiCallsAndMissingFilesAreNotAnsweredWithTheConsole() {
        client.get().uri("/api/me").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/assets/missing-0000.js").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound();
        client.get().uri("/operator/tenants").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isNotFound();
    }
}

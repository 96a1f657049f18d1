package org.partycloud.gateway;

import java.util.HashMap;
import java.util.Map;
import org.partycloud.core.token.Caller;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who is calling, the same way for both kinds of client: an API client's bearer token, or a browser session's
 * access token (refreshed when it has expired, the one {@code TokenRelay} passes on). Reading the access token in
 * both cases means the gateway sees exactly the roles and tenants the services will see. Empty when the request
 * is anonymous or the session's tokens can no longer be refreshed (Keycloak session ended): the caller must log
 * in again.
 */
public class CallerResolver {

    private static final String ATTRIBUTE = CallerResolver.class.getName();
    private final ReactiveOAuth2AuthorizedClientManager clients;
    private final ReactiveJwtDecoder decoder;

    public CallerResolver(ReactiveOAuth2AuthorizedClientManager clients, ReactiveJwtDecoder decoder) {
        this.clients = clients;
        this.decoder = decoder;
    }

    public Mono<Caller> resolve(ServerWebExchange exchange) {
        Caller known = exchange.getAttribute(ATTRIBUTE);
        if (known != null) {
            return Mono.just(known);
        }
        return exchange.getPrincipal().flatMap(principal -> {
            if (principal instanceof JwtAuthenticationToken jwt) {
                return Mono.just(callerOf(jwt.getToken()));
            }
            if (principal instanceof OAuth2AuthenticationToken session) {
                OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
                        .withClientRegistrationId(session.getAuthorizedClientRegistrationId())
                        .principal(session).attribute(ServerWebExchange.class.getName(), exchange).build();
                return clients.authorize(request)
                        .map(OAuth2AuthorizedClient::getAccessToken)
                        .flatMap(token -> decoder.decode(token.getTokenValue()))
                        .map(CallerResolver::callerOf)
                        .onErrorResume(ClientAuthorizationException.class, e -> Mono.empty())
                        .onErrorResume(JwtException.class, e -> Mono.empty());
            }
            return Mono.empty();
        }).doOnNext(caller -> exchange.getAttributes().put(ATTRIBUTE, caller));
    }

    static Caller callerOf(org.springframework.security.oauth2.jwt.Jwt jwt) {
        Map<String, Object> claims = new HashMap<>(jwt.getClaims());
        claims.put("sub", jwt.getSubject());
        return Caller.fromClaims(claims);
    }
}

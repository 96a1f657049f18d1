package org.partycloud.platform.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import org.partycloud.platform.web.RequestIdFilter;
import org.slf4j.MDC;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;


/**
 * A REST client for other services' {@code /internal/**} endpoints. Every call carries this service's own
 * client-credentials token (registration {@value #REGISTRATION}), never the user's, and is cached until it
 * expires.
 */
public class InternalApiClient {

    public static final String REGISTRATION = "partycloud-internal";
    private static final Authentication SERVICE_PRINCIPAL = new AnonymousAuthenticationToken("service",
            "partycloud-service", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    private final RestClient rest;

    public InternalApiClient(ClientRegistrationRepository registrations, Duration connectTimeout, Duration readTimeout) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        var interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRATION);
        interceptor.setPrincipalResolver(request -> SERVICE_PRINCIPAL);
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        factory.setReadTimeout(readTimeout);
        this.rest = RestClient.builder().requestFactory(factory).requestInterceptor(interceptor)
                .requestInterceptor((request, body, execution) -> {
                    String requestId = MDC.get(RequestIdFilter.MDC_KEY);
                    if (requestId != null) {
                        request.getHeaders().set(RequestIdFilter.HEADER, requestId);
                    }
                    return execution.execute(request, body);
                }).build();
    }

    public RestClient rest() {
        return rest;
    }
}

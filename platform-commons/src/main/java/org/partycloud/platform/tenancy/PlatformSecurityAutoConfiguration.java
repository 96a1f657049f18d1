package org.partycloud.platform.tenancy;

import java.time.Clock;
import org.partycloud.core.token.Roles;
import org.partycloud.platform.security.AccessTokenValidator;
import org.partycloud.platform.security.ProblemSecurityHandlers;
import org.partycloud.platform.security.RealmRoleConverter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Every service is a stateless resource server: access tokens for the platform from Keycloak (type, audience,
 * issuer and lifetime checked), {@code /internal/**} for service accounts only, {@code /api/**} for signed-in
 * callers with the tenant admitted per request.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"},
        afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(TenancyProperties.class)
public class PlatformSecurityAutoConfiguration {

    /**
     * The realm's keys are read at the first token (the service starts without Keycloak); every token must pass
     * {@link AccessTokenValidator#forIssuer}.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder platformJwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        String realm = issuer.replaceAll("/+$", "");
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(realm + "/protocol/openid-connect/certs").build();
        decoder.setJwtValidator(AccessTokenValidator.forIssuer(realm));
        return decoder;
    }

    @Bean
    @ConditionalOnBean(JdbcTemplate.class)
    SupportAccessLog supportAccessLog(JdbcTemplate jdbc) {
        return new SupportAccessLog(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, TenantDirectory directory,
            TenancyProperties properties, SupportAccessLog supportLog, Clock clock) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoleConverter());
        converter.setPrincipalClaimName("sub");
        TenantRequestFilter tenantFilter = new TenantRequestFilter(directory, properties.tenantPaths(),
                properties.tenantFreePaths(), supportLog, clock);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/error").permitAll()
                        .requestMatchers("/internal/**").hasRole(Roles.SERVICE)
                        .requestMatchers("/api/**", "/actuator/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(tenantFilter, AuthorizationFilter.class);
        return http.build();
    }
}

package org.partycloud.platform.persistence;

import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.context.spi.TenantSchemaMapper;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.core.tenant.TenantKey;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Schema multi-tenancy through Hibernate 7's schema mapper: a session works in {@code t_<key>} of the
 * tenant in {@link TenantContext}. Without a tenant it works in {@link #NO_TENANT_SCHEMA}, a schema that
 * does not exist, so an unscoped query fails loudly instead of reading someone's data. Entities of the
 * shared {@code platform} schema name it in their table mapping.
 */
@AutoConfiguration
@ConditionalOnClass(HibernatePropertiesCustomizer.class)
@ConditionalOnProperty(name = "partycloud.tenancy.schema-per-tenant", havingValue = "true", matchIfMissing = true)
public class TenantSchemaAutoConfiguration {

    public static final String NO_TENANT = "";
    public static final String NO_TENANT_SCHEMA = "no_tenant_in_context";

    @Bean
    HibernatePropertiesCustomizer tenantSchemaHibernateCustomizer() {
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new ContextTenantResolver());
            properties.put(MultiTenancySettings.MULTI_TENANT_SCHEMA_MAPPER, new KeySchemaMapper());
        };
    }

    static final class ContextTenantResolver implements CurrentTenantIdentifierResolver<String> {
        @Override
        public String resolveCurrentTenantIdentifier() {
            return TenantContext.current().map(TenantKey::value).orElse(NO_TENANT);
        }

        @Override
        public boolean validateExistingCurrentSessions() {
            return true;
        }
    }

    static final class KeySchemaMapper implements TenantSchemaMapper<String> {
        @Override
        public String schemaName(String tenantIdentifier) {
            return NO_TENANT.equals(tenantIdentifier) ? NO_TENANT_SCHEMA : TenantKey.of(tenantIdentifier).schemaName();
        }
    }
}

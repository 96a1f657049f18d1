package org.partycloud.core.token;

/** The role names the platform reads from Keycloak tokens. */
public final class Roles {

    /** Realm role of the platform operators (平台运营). */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** Realm role of the service accounts that may call {@code /internal/**}. */
    public static final String SERVICE = "partycloud-service";
    /** Tenant role (through the tenant organisation's group of the same name): the tenant's administrator. */
    public static final String TENANT_ADMIN = "tenant-admin";
    /** Tenant role: a superior committee's viewer of aggregate figures. */
    public static final String COMMITTEE_VIEWER = "committee-viewer";

    private Roles() {
    }
}

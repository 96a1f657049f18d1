/** Reading Keycloak access tokens: who calls (user, realm roles, tenants and their roles) and which tokens count. */
package org.partycloud.core.token;

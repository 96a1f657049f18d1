/** tenant-service: the control plane of PartyCloud (tenants, plans, modules, settings, provisioning, Keycloak). */
package org.partycloud.tenant;

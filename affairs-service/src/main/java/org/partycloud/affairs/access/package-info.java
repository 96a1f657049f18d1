/** Who may do what in a tenant: organisation-scoped role assignments (分级管理) and the caller's scope. */
package org.partycloud.affairs.access;

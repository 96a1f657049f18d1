/** The tenant's audit log: who changed or revealed what, and when; read by the tenant admin. */
package org.partycloud.affairs.audit;

/** dues-service: a tenant's dues rules, bases, monthly bills, payments, arrears and remittance. */
package org.partycloud.dues;

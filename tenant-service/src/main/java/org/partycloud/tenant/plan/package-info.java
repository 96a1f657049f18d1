/** The module catalogue and the plans (基础版, 标准版, 党委版) that bundle modules for tenants. */
package org.partycloud.tenant.plan;

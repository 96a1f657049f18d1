/** The tenant's party-organisation tree: committees, general branches, branches, joint branches and groups. */
package org.partycloud.affairs.organization;

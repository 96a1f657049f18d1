import type { Organization, OrganizationType } from '@/api/types'

/** Which kinds may sit directly below which (affairs-service OrganizationType.mayContain). */
const CHILDREN: Record<OrganizationType, OrganizationType[]> = {
  committee: ['committee', 'general_branch', 'branch', 'joint_branch'],
  general_branch: ['branch', 'joint_branch'],
  branch: ['group'],
  joint_branch: ['group'],
  group: [],
}

export function childTypes(parent: OrganizationType | null): OrganizationType[] {
  return parent ? CHILDREN[parent] : ['committee', 'general_branch', 'branch', 'joint_branch']
}

/** The ids of an organisation and everything below it: no move may go there. */
export function subtreeIds(orgs: Organization[], rootId: string): Set<string> {
  const ids = new Set([rootId])
  let grew = true
  while (grew) {
    grew = false
    for (const o of orgs) {
      if (o.parentId && ids.has(o.parentId) && !ids.has(o.id)) {
        ids.add(o.id)
        grew = true
      }
    }
  }
  return ids
}

/** Where an organisation may move: not under itself or a descendant, not dissolved, and a parent whose kind may hold it. */
export function moveTargets(orgs: Organization[], org: Organization): Organization[] {
  const excluded = subtreeIds(orgs, org.id)
  return orgs.filter((o) => !excluded.has(o.id) && !o.dissolvedOn && CHILDREN[o.type].includes(org.type))
}

import { api } from '@/api'
import type { Organization } from '@/api/types'

export interface OrgNode extends Organization {
  children: OrgNode[]
}

/** The flat list as a tree: roots are those without a (known) parent; siblings by display order, then name. */
export function buildTree(orgs: Organization[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>(orgs.map((o) => [o.id, { ...o, children: [] }]))
  const roots: OrgNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const order = (list: OrgNode[]) => {
    list.sort((a, b) => a.displayOrder - b.displayOrder || a.name.localeCompare(b.name, 'zh-CN'))
    list.forEach((n) => order(n.children))
  }
  order(roots)
  return roots
}

/** Every organisation of the tenant (the list pages by at most 100). */
export async function loadAllOrganizations(includeDissolved = false): Promise<Organization[]> {
  const all: Organization[] = []
  for (let page = 0; page < 50; page++) {
    const result = await api.organizations({ includeDissolved: includeDissolved || undefined, page, size: 100 })
    all.push(...result.items)
    if (all.length >= result.total || result.items.length === 0) break
  }
  return all
}

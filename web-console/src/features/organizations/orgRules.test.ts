import { describe, expect, it } from 'vitest'
import type { Organization } from '@/api/types'
import { childTypes, moveTargets, subtreeIds } from './orgRules'
import { buildTree } from './tree'

const org = (id: string, parentId: string | null, type: Organization['type'], displayOrder = 0): Organization => ({
  id, parentId, name: id, type, code: null, displayOrder, foundedOn: null, contact: null, address: null, dissolvedOn: null,
  dissolutionReason: null, createdAt: '', updatedAt: null, version: 0,
})
const ORGS = [org('corp', null, 'committee'), org('hq', 'corp', 'general_branch', 2), org('hq1', 'hq', 'branch'),
  org('hq2', 'hq', 'branch'), org('b1', 'corp', 'branch', 1)]

describe('organisation tree', () => {
  it('builds the tree in display order', () => {
    const [root] = buildTree(ORGS)
    expect(root.id).toBe('corp')
    expect(root.children.map((c) => c.id)).toEqual(['b1', 'hq'])
    expect(root.children[1].children.map((c) => c.id)).toEqual(['hq1', 'hq2'])
  })

  it('never moves an organisation under itself or a descendant, nor under a kind that cannot hold it', () => {
    expect([...subtreeIds(ORGS, 'hq')].sort()).toEqual(['hq', 'hq1', 'hq2'])
    expect(moveTargets(ORGS, ORGS[1]).map((o) => o.id)).toEqual(['corp'])
    expect(moveTargets(ORGS, ORGS[2]).map((o) => o.id)).toEqual(['corp', 'hq'])
  })

  it('offers the kinds a parent may hold', () => {
    expect(childTypes('branch')).toEqual(['group'])
    expect(childTypes(null)).toContain('committee')
  })
})

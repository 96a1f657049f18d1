import { computed } from 'vue'
import { useLoader } from '@/shared/useLoader'
import { buildTree, loadAllOrganizations } from './tree'

/** The tenant's organisations for pickers and names: the flat list, the tree, and a name by id. */
export function useOrganizations(includeDissolved = false) {
  const loader = useLoader(() => loadAllOrganizations(includeDissolved))
  const tree = computed(() => buildTree(loader.data.value ?? []))
  const byId = computed(() => new Map((loader.data.value ?? []).map((o) => [o.id, o])))
  const nameOf = (id: string | null | undefined) => (id ? byId.value.get(id)?.name ?? '—' : '—')
  return { ...loader, tree, byId, nameOf }
}

import { reactive } from 'vue'
import { api } from '@/api'
import type { AffairsMe, MyTenant } from '@/api/types'

/**
 * What affairs-service says the user may do in the active tenant (GET /api/affairs/me): whether they are an officer
 * over some organisations, and which archive entries are their own. The token carries tenant roles only, so the
 * menu and the router ask for this once per tenant. A failure leaves no rights: the screens it gates stay hidden.
 */
export const affairsAccess = reactive({
  me: null as AffairsMe | null,
})

/** The console waits this long for the answer at start; a slow service must not keep the whole console blank. */
const WAIT_MS = 8000

let pending: Promise<void> = Promise.resolve()
let generation = 0

/** Whether the tenant offers anything of affairs-service, where the answer would matter. */
export function hasAffairs(tenant: Pick<MyTenant, 'modules' | 'status'> | null): boolean {
  return !!tenant && tenant.status === 'ACTIVE' && tenant.modules.some((m) => m.startsWith('affairs.'))
}

/** Loads the rights for the (new) active tenant; an answer for a tenant switched away from meanwhile is dropped. */
export function loadAffairsAccess(tenant: Pick<MyTenant, 'modules' | 'status'> | null): Promise<void> {
  const mine = ++generation
  affairsAccess.me = null
  if (!hasAffairs(tenant)) {
    pending = Promise.resolve()
    return pending
  }
  pending = api.affairsMe(AbortSignal.timeout(WAIT_MS)).then(
    (me) => {
      if (mine === generation) affairsAccess.me = me
    },
    () => {
      if (mine === generation) affairsAccess.me = null
    },
  )
  return pending
}

/** Resolves when the latest load has answered (the router waits for it before a screen gated by a right). */
export function affairsAccessSettled(): Promise<void> {
  return pending
}

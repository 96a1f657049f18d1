import type { StatsRun } from '@/api/types'

/** Whether the list should refresh by itself: a run is still going. */
export function anyRunning(runs: StatsRun[]): boolean {
  return runs.some((run) => run.status === 'RUNNING')
}

/** "12 s", "3 min 5 s", "—" while it runs. */
export function formatDuration(millis: number | null): string {
  if (millis === null || millis === undefined) return '—'
  if (millis < 1000) return `${millis} ms`
  const seconds = Math.round(millis / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${seconds % 60} s`
}

export interface PartitionSummary {
  source: string
  total: number
  completed: number
  failed: number
  status: string
}

/** One line per domain service's job: its partitions (one per tenant) and how they ended. */
export function partitionSummaries(run: StatsRun): PartitionSummary[] {
  return Object.entries(run.sources ?? {}).map(([source, job]) => ({
    source,
    total: job.partitions?.total ?? 0,
    completed: job.partitions?.completed ?? 0,
    failed: job.partitions?.failed ?? 0,
    status: job.status,
  }))
}

/** The tenants whose partitions failed, with their messages, across the domain services. */
export function partitionFailures(run: StatsRun): { source: string; tenant: string; message: string }[] {
  return Object.entries(run.sources ?? {}).flatMap(([source, job]) =>
    (job.failures ?? []).map((f) => ({ source, tenant: f.tenant, message: f.message })),
  )
}

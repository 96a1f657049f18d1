import { describe, expect, it } from 'vitest'
import type { StatsRun } from '@/api/types'
import { anyRunning, formatDuration, partitionFailures, partitionSummaries } from './runs'

function run(overrides: Partial<StatsRun> = {}): StatsRun {
  return {
    id: 'r1', statDate: '2026-11-23', trigger: 'SCHEDULE', requestedBy: 'schedule', status: 'COMPLETED',
    startedAt: '2026-11-24T02:00:00Z', endedAt: '2026-11-24T02:00:41Z', durationMillis: 41_000,
    sources: {}, tenants: 3, rowsWritten: 120, error: null, ...overrides,
  }
}

describe('statistics runs', () => {
  it('refreshes only while a run is going', () => {
    expect(anyRunning([run(), run({ status: 'FAILED' })])).toBe(false)
    expect(anyRunning([run(), run({ status: 'RUNNING', endedAt: null, durationMillis: null })])).toBe(true)
  })

  it('formats durations from milliseconds to minutes', () => {
    expect(formatDuration(null)).toBe('—')
    expect(formatDuration(850)).toBe('850 ms')
    expect(formatDuration(41_000)).toBe('41 s')
    expect(formatDuration(185_400)).toBe('3 min 5 s')
  })

  it('summarises each domain job and lists the failed partitions by tenant', () => {
    const failed = run({
      status: 'FAILED',
      sources: {
        affairs: {
          executionId: 7, statDate: '2026-11-23', status: 'FAILED',
          partitions: { total: 3, completed: 2, failed: 1 },
          failures: [{ tenant: 'democorp', message: 'relation "member" does not exist' }],
        },
      },
    })
    expect(partitionSummaries(failed)).toEqual([{ source: 'affairs', total: 3, completed: 2, failed: 1, status: 'FAILED' }])
    expect(partitionFailures(failed)).toEqual([
      { source: 'affairs', tenant: 'democorp', message: 'relation "member" does not exist' },
    ])
    expect(partitionSummaries(run())).toEqual([])
  })
})

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import type { ChartOption } from './echarts'

/** ECharts itself needs a canvas happy-dom lacks; what matters here is how the component drives it. */
const chart = vi.hoisted(() => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn() }))
const init = vi.hoisted(() => vi.fn(() => chart))
vi.mock('./echarts', () => ({ init }))

const { default: DashboardChart } = await import('./DashboardChart.vue')

/** A ResizeObserver the test can fire, as the browser does when the container changes size. */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null
  observed: Element[] = []
  disconnected = false
  constructor(readonly callback: () => void) {
    FakeResizeObserver.last = this
  }
  observe(el: Element) {
    this.observed.push(el)
  }
  disconnect() {
    this.disconnected = true
  }
}

const PIE: ChartOption = { series: [{ type: 'pie', data: [{ name: '正式党员', value: 60 }] }] }
const BAR: ChartOption = { series: [{ type: 'bar', data: [1, 2] }] }

beforeEach(() => {
  vi.clearAllMocks()
  vi.stubGlobal('ResizeObserver', FakeResizeObserver)
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    callback(0)
    return 1
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('a dashboard chart', () => {
  it('draws on a canvas, follows its container’s size, redraws new options and is disposed with the page', async () => {
    const wrapper = mount(DashboardChart, { props: { option: PIE, label: '党员类别' }, attachTo: document.body })
    const host = wrapper.find('[data-test=chart]')
    expect(host.attributes('aria-label')).toBe('党员类别')
    expect(init).toHaveBeenCalledWith(host.element, undefined, { renderer: 'canvas' })
    expect(chart.setOption).toHaveBeenCalledWith(PIE)

    const observer = FakeResizeObserver.last!
    expect(observer.observed).toEqual([host.element])
    observer.callback()
    expect(chart.resize).toHaveBeenCalledTimes(1)

    await wrapper.setProps({ option: BAR })
    expect(chart.setOption).toHaveBeenLastCalledWith(BAR, { notMerge: true })

    wrapper.unmount()
    expect(chart.dispose).toHaveBeenCalledTimes(1)
    expect(observer.disconnected).toBe(true)
  })
})

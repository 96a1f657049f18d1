import { init, use, type ComposeOption, type ECharts } from 'echarts/core'
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

/**
 * ECharts as the dashboard uses it: the core with only its three chart types, their components and the canvas
 * renderer, so the bundle carries no more than that. The canvas renderer draws without inline scripts or `eval`,
 * which the gateway's Content-Security-Policy (`script-src 'self'`) would refuse.
 */
use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>

export { init }
export type { ECharts }

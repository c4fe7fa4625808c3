import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useI18n } from '../i18n/language';

echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export interface ChartProps {
  title: string;
  kind: 'bar' | 'line';
  categories: string[];
  series: Array<{ name: string; data: number[] }>;
}

/**
 * An ECharts chart, loaded with the dashboard only. Its figures are also in the table
 * beside it; the chart is a picture of them, described in words by ECharts' aria option.
 */
export default function Chart({ title, kind, categories, series }: ChartProps) {
  const { language, m } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  // Drawn again only when the figures change, not whenever the page renders.
  const figures = JSON.stringify({ categories, series });
  useEffect(() => {
    const data = JSON.parse(figures) as Pick<ChartProps, 'categories' | 'series'>;
    const chart = echarts.init(element.current!, undefined, {
      locale: language === 'zh-CN' ? 'ZH' : 'EN',
    });
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      legend: data.series.length > 1 ? {} : undefined,
      grid: {
        left: 8,
        right: 8,
        top: data.series.length > 1 ? 32 : 8,
        bottom: 8,
        containLabel: true,
      },
      xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map((s) => ({ ...s, type: kind })),
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current!);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [language, kind, figures]);
  return <div ref={element} className="chart" role="img" aria-label={m.dashboard.chart(title)} />;
}

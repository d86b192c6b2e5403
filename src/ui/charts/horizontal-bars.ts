/**
 * What the horizontal bar charts share: Chart.js loaded with the bar parts, their axes and height, and a
 * plugin that writes each bar's number just past its end, so the figures read without hovering.
 */
import type { ChartData, ChartOptions, Plugin } from "chart.js";
import { SEVERITIES, SEVERITY_LABELS } from "../../core/model/report";
import type { RuleFrequency } from "../../shared/frequent-rules";
import { COLORS, FONT_FAMILY, SEVERITY_COLORS } from "./palette";

/** Room on the right for the numbers of the longest bars. */
const NUMBERS_WIDTH = 36;

export const loadBarChart = () => import("./bar-chart").then((module) => module.Chart);

/**
 * Bars along the y axis, counted (whole numbers from 0) along the x axis; `stacked` when a bar has several
 * parts, `numbered` with room on the right for the numbers `barValues` writes.
 */
export function horizontalBarOptions(countTitle: string, { stacked = false, numbered = false } = {}): ChartOptions<"bar"> {
  return {
    indexAxis: "y",
    layout: { padding: { right: numbered ? NUMBERS_WIDTH : 0 } },
    scales: {
      x: { stacked, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: countTitle } },
      y: { stacked, grid: { display: false } },
    },
  };
}

/** Labels beside the bars are cut to this many characters; the tooltip and the data table give them whole. */
const LABEL_LENGTH = 16;

export function shortLabel(label: string): string {
  return label.length > LABEL_LENGTH ? `${label.slice(0, LABEL_LENGTH - 1)}…` : label;
}

/** Room for each bar, and for the legend and the axis around them. */
export function barsHeight(bars: number): number {
  return 90 + 28 * bars;
}


export const barValues: Plugin<"bar"> = {
  id: "barValues",
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.font = `12px ${FONT_FAMILY}`;
    ctx.fillStyle = COLORS.ink;
    ctx.textBaseline = "middle";
    chart.data.datasets.forEach((dataset, index) => {
      if (!chart.isDatasetVisible(index)) return;
      chart.getDatasetMeta(index).data.forEach((bar, position) => {
        const value = dataset.data[position];
        if (typeof value === "number") ctx.fillText(String(value), bar.x + 4, bar.y);
      });
    });
    ctx.restore();
  },
};

/** The most frequent rules as bars: one dataset per severity, a rule's count in its own, so the legend explains the colours. */
export function frequentRulesBars(rules: RuleFrequency[]): ChartData<"bar", (number | null)[], string> {
  const severities = SEVERITIES.filter((severity) => rules.some((rule) => rule.severity === severity));
  return {
    labels: rules.map((rule) => shortLabel(rule.label)),
    datasets: severities.map((severity) => ({
      label: SEVERITY_LABELS[severity],
      data: rules.map((rule) => (rule.severity === severity ? rule.count : null)),
      backgroundColor: SEVERITY_COLORS[severity],
    })),
  };
}

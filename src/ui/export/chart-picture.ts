/**
 * The batch chart for the boss's brief, as a picture: the most frequent problems (the batch view's chart
 * of the same name and data), drawn by Chart.js on a canvas of its own off the page and taken as a PNG.
 */
import type { CheckResult } from "../../core/model/report";
import type { DocImage } from "../../export/document";
import { barValues, barsHeight, frequentRulesBars, horizontalBarOptions, loadBarChart } from "../charts/horizontal-bars";
import { frequentRules } from "../../shared/frequent-rules";
import { COLORS, FONT_FAMILY } from "../charts/palette";

const WIDTH = 720;

function pngBytes(canvas: HTMLCanvasElement): Uint8Array {
  const base64 = canvas.toDataURL("image/png").split(",")[1];
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}

/** The chart of `results` (findings judged 不是问题 already left out), or undefined when there is nothing to draw. */
export async function frequentRulesPicture(results: CheckResult[], titleOf: (rule: string) => string | undefined): Promise<DocImage | undefined> {
  const rules = frequentRules(results, titleOf);
  if (rules.length === 0) return undefined;
  const Chart = await loadBarChart();
  const height = barsHeight(rules.length);
  const canvas = document.createElement("canvas");
  // Sized in CSS pixels; drawn at twice that (devicePixelRatio), so the picture stays sharp when printed.
  canvas.width = WIDTH;
  canvas.height = height;
  Chart.defaults.font.family = FONT_FAMILY;
  Chart.defaults.color = COLORS.ink;
  const chart = new Chart(canvas, {
    type: "bar",
    data: frequentRulesBars(rules),
    options: { ...horizontalBarOptions("出现次数", { stacked: true, numbered: true }), responsive: false, animation: false, devicePixelRatio: 2 },
    plugins: [
      barValues,
      // A white ground: a PNG is transparent where nothing is drawn, which Word shows as black in some views.
      { id: "whiteGround", beforeDraw: ({ ctx, width, height }) => ((ctx.fillStyle = "#fff"), ctx.fillRect(0, 0, width, height)) },
    ],
  });
  try {
    return { png: pngBytes(canvas), width: WIDTH, height, alt: "出现最多的问题（按出现次数）" };
  } finally {
    chart.destroy();
  }
}

/**
 * The app's colours (global.css) for drawing on a canvas, which cannot read CSS variables: the severity
 * colours, and the page's ink, lines and font stack (with its CJK fonts, so Chinese labels are drawn alike).
 */
import type { Severity } from "../../core/model/report";

export const SEVERITY_COLORS: Record<Severity, string> = { error: "#b3261e", warning: "#8a4f00", info: "#1f5fa8" };

export const COLORS = { ok: "#2e6b30", muted: "#5c6670", ink: "#1d1d1d", line: "#d5dbe1", accent: "#1f5fa8" };

export const FONT_FAMILY = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

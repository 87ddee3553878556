// Geometry of a horizontal bar chart, computed at build time for an SVG without a viewBox: heights in pixels,
// horizontal positions in percent of the chart's width. Text therefore keeps its size at every width (13 px,
// never scaled down on a phone), and labels are wrapped for the narrowest width the site supports.
import { scaleLinear } from 'd3-scale';

const roundTo2 = (a: number, b: number) => (t: number) => Math.round((a + (b - a) * t) * 100) / 100;
import type { BarStyle, ChartModel } from './model.ts';

/** Width in pixels the chart is laid out for: a 360 px phone minus the page's side padding. */
export const phoneWidth = 326;
export const fontSize = 13;
const lineHeight = 18;
const barHeight = { single: 16, paired: 11 };
const barGap = 3;
const rowGap = 10;
const groupGap = 8;

/**
 * Estimated width of a text in pixels, on the wide side: readers' fonts differ (Pretendard, Apple SD Gothic,
 * Noto, DejaVu), and a label that is estimated too narrow runs off the chart.
 */
export function textWidth(text: string, size = fontSize, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch)) em += 1;
    else if (/[ .,:;'’·|()\-/]/.test(ch)) em += 0.36;
    else if (/[A-Z%]/.test(ch)) em += 0.76;
    else em += 0.64;
  }
  return em * size * (bold ? 1.1 : 1);
}

/** Lines of at most `width` pixels, broken at spaces or after · and /, or inside a piece that alone is too long. */
export function wrap(text: string, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  // Pieces keep the space before them, so joining them gives back the text.
  const pieces = text.trim().split(/(?<=[·/])|(?=\s)/).filter(Boolean);
  for (const piece of pieces) {
    const candidate = line ? line + piece : piece.trimStart();
    if (textWidth(candidate, fontSize, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of piece.trimStart()) {
      if (line && textWidth(line + ch, fontSize, bold) > width) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface LaidText {
  y: number;
  lines: string[];
  lang: string;
}

export interface LaidBar {
  figureId: string;
  y: number;
  height: number;
  /** Length in percent of the chart's width. */
  length: number;
  text: string;
  style: BarStyle;
}

export interface LaidRow {
  label: LaidText;
  bars: LaidBar[];
}

export interface ChartLayout {
  height: number;
  headings: LaidText[];
  rows: LaidRow[];
  ticks: { at: number; text: string; anchor: 'start' | 'middle' }[];
  /** Baseline of the tick labels; barsTop and barsBottom bound the reference line. */
  ticksY: number;
  barsTop: number;
  barsBottom: number;
  reference?: { at: number; text: string; y: number; anchor: 'start' | 'end' };
}

/**
 * Places the rows of a chart, each label above its bars. `format` writes a tick value the way the page writes
 * the chart's unit. Bars stop short of the right edge by the widest value text, so the value beside the
 * longest bar still fits at phone width.
 */
export function layoutChart(model: ChartModel, format: (value: number) => string): ChartLayout {
  const bars = model.groups.flatMap((g) => g.rows.flatMap((r) => r.bars));
  const widest = Math.max(...bars.map((b) => textWidth(b.text, fontSize, true)));
  const reach = Math.max(40, Math.min(100, (100 * (phoneWidth - widest - 8)) / phoneWidth));
  const top = Math.max(...bars.map((b) => b.value), model.reference?.value ?? 0);
  // Two decimals of a percent are finer than a pixel at any width, and keep the HTML short.
  const scale = scaleLinear().domain([0, top]).range([0, reach]).interpolate(roundTo2);

  let y = 0;
  let reference: ChartLayout['reference'];
  if (model.reference) {
    const at = scale(model.reference.value);
    const fitsLeft = textWidth(model.reference.text, fontSize, true) <= (at / 100) * phoneWidth - 6;
    reference = { at, text: model.reference.text, y: fontSize, anchor: fitsLeft ? 'end' : 'start' };
    y += lineHeight + 4;
  }
  const barsTop = y;
  const headings: LaidText[] = [];
  const rows: LaidRow[] = [];
  model.groups.forEach((group, gi) => {
    if (group.heading) {
      if (gi > 0) y += groupGap;
      const lines = wrap(group.heading, phoneWidth, true);
      headings.push({ y: y + fontSize, lines, lang: '' });
      y += lines.length * lineHeight + 4;
    }
    for (const row of group.rows) {
      const lines = wrap(row.note ? `${row.label} ▸ ${row.note}` : row.label, phoneWidth);
      const label: LaidText = { y: y + fontSize, lines, lang: row.lang };
      const height = row.bars.length > 1 ? barHeight.paired : barHeight.single;
      const bandTop = y + lines.length * lineHeight + 2;
      const laid = row.bars.map((b, i) => ({ figureId: b.figureId, y: bandTop + i * (height + barGap), height, length: scale(b.value), text: b.text, style: b.style }));
      const bandBottom = bandTop + row.bars.length * (height + barGap) - barGap;
      rows.push({ label, bars: laid });
      y = bandBottom + rowGap;
    }
  });
  const barsBottom = y - rowGap + 4;
  const ticksY = barsBottom + fontSize + 4;
  return { height: ticksY + 6, headings, rows, ticks: spacedTicks(scale, format), ticksY, barsTop, barsBottom, reference };
}

/** Round ticks (d3) whose labels do not overlap at phone width; the zero tick is always kept. */
function spacedTicks(scale: ReturnType<typeof scaleLinear<number, number>>, format: (v: number) => string): ChartLayout['ticks'] {
  const kept: ChartLayout['ticks'] = [];
  let rightEdge = -Infinity;
  for (const value of scale.ticks(4)) {
    const text = format(value);
    const at = scale(value);
    const w = textWidth(text);
    const x = (at / 100) * phoneWidth;
    const anchor = value === 0 ? 'start' : 'middle';
    const start = anchor === 'start' ? x : x - w / 2;
    if (start < rightEdge + 10 || start + w > phoneWidth) continue;
    kept.push({ at, text, anchor });
    rightEdge = start + w;
  }
  return kept;
}

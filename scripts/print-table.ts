// Markdown tables for the benchmarks' output (npm run bench, npm run bench:scale, scripts/page-weight.ts), and the
// numbers the two benchmarks put in them.

/** Bytes as KiB with one decimal. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The middle value (the upper one of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Prints a Markdown table, each column as wide as its widest cell. */
export function printTable(head: string[], rows: (string | number)[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => `| ${cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |`;
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
}

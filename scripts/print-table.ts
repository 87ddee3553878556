// Markdown tables for the benchmarks' output (npm run bench, npm run bench:scale, scripts/page-weight.ts).

/** Prints a Markdown table, each column as wide as its widest cell. */
export function printTable(head: string[], rows: (string | number)[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => `| ${cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |`;
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
}

// Charts are references to figures plus a promise about them (one year, one basis, one unit …). The rules
// live in src/lib/charts/validate.ts, shared with the pages; this names the file and field of each breach.
import { compareIssues, progressIssues, seriesIssues, type ChartFigure, type ChartIssue } from '../charts/validate.ts';
import type { ChartSpec } from '../../schemas/chart.ts';
import type { Entry } from './integrity.ts';
import type { Path } from './parse.ts';
import { describe, fieldName, type Problem } from './validate.ts';

const rules = { compare: compareIssues, series: seriesIssues };

/**
 * Problems of every `charts:` list and every plan target's `progress`: ids that name no figure (unless the
 * figure's own file failed, `invalid` holds `figure:<id>`), then mixtures the chart kind forbids.
 */
export function checkCharts(entries: Entry[], figure: (id: string) => ChartFigure | undefined, invalid: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const report = (path: Path, message: string) => problems.push({ file: e.file, line: e.parsed.lineOf(path), field: fieldName(path), message });
    // Resolves a list of ids at `at`; undefined when one is missing (reported) or belongs to an invalid file.
    const resolve = (ids: string[], at: Path): ChartFigure[] | undefined => {
      const found = ids.map((id, j) => {
        const f = figure(id);
        if (!f && !invalid.has(`figure:${id}`)) report([...at, j], `expected the id of a figure stored in some content file, found ${describe(id)}`);
        return f;
      });
      return found.every((f) => f) ? (found as ChartFigure[]) : undefined;
    };
    const reportIssues = (issues: ChartIssue[], at: Path) => issues.forEach((i) => report(i.index === null ? at : [...at, i.index], i.message));
    (e.data.charts as ChartSpec[] | undefined)?.forEach((chart, i) => {
      const at = ['charts', i, 'figures'];
      const figures = resolve(chart.figures, at);
      if (figures) reportIssues(rules[chart.kind](figures), at);
    });
    if (e.kind !== 'plan') continue;
    (e.data.targets as { target: string; progress?: string[] }[]).forEach((target, i) => {
      if (!target.progress) return;
      const at = ['targets', i, 'progress'];
      const points = resolve(target.progress, at);
      const goal = figure(target.target);
      if (points && goal) reportIssues(progressIssues(points, goal), at);
    });
  }
  return problems;
}

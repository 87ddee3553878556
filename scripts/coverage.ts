// npm run coverage: the outline of document 000 with the entry that presents each item, or MISSING and why.
import { coverage, coverageContent } from '../src/lib/coverage.ts';
import { loadSources, readContentFiles, sourcesDir } from '../src/lib/content-check/read.ts';
import { formatProblem } from '../src/lib/content-check/validate.ts';
import { parseSourceOutline } from '../src/lib/source-outline.ts';

const root = process.cwd();
const { sources, problems } = await loadSources(sourcesDir(root));
const source = sources['000'];
if (source === undefined) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`${sourcesDir(root)}:1  (folder)  expected document 000 (000_*.txt), found ${problems.length ? 'the problems above' : 'none'}: set SOURCES_DIR to the folder that holds it`);
  process.exit(1);
}
const items = coverage(parseSourceOutline(source), coverageContent(await readContentFiles(root)));
const headings = { block: '□ blocks', section: 'Sections without □ blocks', table: 'Tables', schedule: 'Ⅴ schedule' } as const;
for (const [kind, heading] of Object.entries(headings)) {
  const group = items.filter((i) => i.kind === kind);
  console.log(`\n${heading} (${group.length})`);
  for (const item of group) console.log(`  ${item.label}  →  ${item.problem ? `MISSING: ${item.problem}${item.entry ? ` (${item.entry})` : ''}` : item.entry}`);
}
const missing = items.filter((i) => i.problem).length;
console.log(`\n${items.length - missing} of ${items.length} items covered${missing ? `, ${missing} MISSING` : ''}.`);
process.exitCode = missing ? 1 : 0;

// npm run coverage: the outline of document 000 with the entry that presents each item, or MISSING and why.
import { coverage, coverageContent } from '../src/lib/coverage.ts';
import { readContentFiles, readSources, sourcesDir } from '../src/lib/content-check/read.ts';
import { parseSourceOutline } from '../src/lib/source-outline.ts';

const root = process.cwd();
const source = (await readSources(sourcesDir(root)))['000'];
if (source === undefined) throw new Error(`Document 000 not found in ${sourcesDir(root)} (set SOURCES_DIR).`);
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

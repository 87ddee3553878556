// npm run new-year -- <year>: writes the next year's content templates (measures with figures to fill, task
// schedule entries). Refuses any year but the one after the latest, and never overwrites a file.
import { readContentFiles } from '../src/lib/content-check/read.ts';
import { writeTemplates } from '../src/lib/template-files.ts';
import { planNewYear } from '../src/lib/new-year.ts';
import ko from '../src/i18n/ko.json' with { type: 'json' };
import en from '../src/i18n/en.json' with { type: 'json' };

const root = process.cwd();
const year = Number(process.argv[2]);
// Notes in the templates are in Korean, the staff's language, except in the English text file.
const notes = { todo: ko['newYear.todo'], timing: ko['newYear.timing'], body: { ko: ko['newYear.body'], en: en['newYear.body'] } };
const plan = planNewYear(await readContentFiles(root), year, notes);
if ('error' in plan) {
  console.error(`new-year: ${plan.error}`);
  process.exitCode = 1;
} else {
  await writeTemplates(root, plan.create, plan.update);
  console.log(`\n${plan.todoFigures.length} figures and ${plan.update.length} schedule timings to fill in; \`npm run check\` lists each one.`);
}

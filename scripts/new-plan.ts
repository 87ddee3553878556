// npm run new-plan -- <ordinal> <start> <end>: writes the templates of the next promotion plan (its record, a
// first strategy and task). Refuses any plan but the one right after the latest, and never overwrites a file.
import { readContentFiles } from '../src/lib/content-check/read.ts';
import { writeTemplates } from '../src/lib/template-files.ts';
import { planNewPlan } from '../src/lib/new-plan.ts';
import ko from '../src/i18n/ko.json' with { type: 'json' };
import en from '../src/i18n/en.json' with { type: 'json' };

const root = process.cwd();
const [ordinal, start, end] = process.argv.slice(2).map(Number) as [number, number, number];
// Notes in the templates are in Korean, the staff's language, except in the English text file.
const notes = {
  header: ko['newPlan.header'], title: ko['newPlan.title'], vision: ko['newPlan.vision'], targets: ko['newPlan.targets'],
  entryTitle: ko['newPlan.entryTitle'], schedule: ko['newPlan.schedule'], strategySource: ko['newPlan.strategySource'],
  strategyBody: { ko: ko['newPlan.strategyBody'], en: en['newPlan.strategyBody'] },
};
const plan = planNewPlan(await readContentFiles(root), ordinal, start, end, notes);
if ('error' in plan) {
  console.error(`new-plan: ${plan.error}`);
  process.exitCode = 1;
} else {
  await writeTemplates(root, plan.create);
  console.log(`\nWrite the plan, its strategies and tasks (copy the templates for more); \`npm run check\` lists each field to fill. Then \`npm run new-year -- ${start}\` adds its first year.`);
}

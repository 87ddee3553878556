// Cross-file rules: every reference resolves, ids are unique, translations match their originals, and every
// figure is found in its source. Astro itself only logs a dangling reference, so these stop the build.
import { checkDateWords, checkFigureWords, checkFigureYear, quoteFound, squash } from '../fidelity.ts';
import { parseSourceOutline, sectionLabel } from '../source-outline.ts';
import { checkProse } from './prose.ts';
import { checkRoadmap } from './roadmap.ts';
import { overlappingPlans, planKey, planOfYear, rootPlan, splitPlanKey } from '../plans.ts';
import type { DatedStatement, Figure } from '../../schemas/figure.ts';
import type { Root } from 'mdast';
import type { Kind } from './kinds.ts';
import type { Parsed, Path } from './parse.ts';
import { describe, fieldName, type Problem } from './validate.ts';
import { checkCharts } from './charts.ts';

export interface Entry {
  file: string;
  kind: Kind;
  id: string;
  data: Record<string, any>;
  parsed: Parsed;
  figureUses: { id: string; line: number }[];
  linkUses: { target: string; line: number }[];
  /** The Markdown tree of an MDX body. */
  tree?: Root;
}

const sitePages = new Set(['/', '/plan/', '/programmes/', '/roadmap/', '/schedule/', '/glossary/', '/data/', '/search/']);
const itemPages: Record<string, 'programme' | 'measure' | 'roadmapField'> = { programmes: 'programme', measures: 'measure', roadmap: 'roadmapField' };
const planPages: Record<string, 'task' | 'strategy'> = { tasks: 'task', strategies: 'strategy' };

/**
 * Problems that need all entries at once, plus the untranslated list. `invalid` holds `<kind>:<id>` of entries
 * that failed their schema and `figure:<id>` of the figures they declare: their own problems are reported, so
 * references to them are not reported again as dangling.
 */
export function checkIntegrity(entries: Entry[], sources: Record<string, string>, invalid: Set<string>): { problems: Problem[]; untranslated: string[]; unconfirmed: string[] } {
  const problems: Problem[] = [];
  const report = (e: Entry, path: Path, message: string, line = e.parsed.lineOf(path)) =>
    problems.push({ file: e.file, line, field: fieldName(path), message });
  const byKind = (kind: Kind) => new Map(entries.filter((e) => e.kind === kind).map((e) => [e.id, e]));
  const ids = {
    agency: byKind('agency'), document: byKind('document'), programme: byKind('programme'), strategy: byKind('strategy'), task: byKind('task'),
    measure: byKind('measure'), narrative: byKind('narrative'), plan: byKind('plan'), roadmapField: byKind('roadmapField'), theme: byKind('theme'),
  };
  // Strategies and tasks are scoped by plan; a measure belongs to the plan whose period includes its year.
  const plans = [...ids.plan.values()].map((p) => ({ ordinal: Number(p.id), period: p.data.period as { start: number; end: number }, entry: p }));
  for (const [a, b] of overlappingPlans(plans))
    report(b.entry, ['period', 'start'], `expected a period after that of plan ${a.ordinal} (${a.period.start}–${a.period.end}), found ${b.period.start}`);
  const needPlan = (e: Entry) => {
    const { plan } = splitPlanKey(e.id);
    if (!ids.plan.has(String(plan)) && !invalid.has(`plan:${plan}`)) report(e, [], `expected a plan content/plans/${plan}.yaml for the folder ${plan}/, found none`, 1);
    return plan;
  };
  const unconfirmed: string[] = [];
  // An address is either stated by a source (its words are checked like a quote and must contain the host)
  // or recorded as known from elsewhere, which staff confirm once.
  const checkAddress = (e: Entry, path: Path, w: { url: string; source: 'none' | { document: string; quote: string }; confirmed?: boolean }) => {
    if (w.source === 'none') {
      if (!w.confirmed) unconfirmed.push(`${e.file}:${e.parsed.lineOf(path)}  ${w.url}`);
      return;
    }
    const text = sources[w.source.document];
    if (text === undefined) report(e, [...path, 'source', 'document'], `expected a source document in the sources folder, found ${describe(w.source.document)}`);
    else if (!quoteFound(w.source.quote, text))
      report(e, [...path, 'source', 'quote'], `expected the exact words of document ${w.source.document}, found words that are not in it: ${describe(w.source.quote)}`);
    else if (!w.source.quote.includes(new URL(w.url).host))
      report(e, [...path, 'url'], `expected the address the quote states, found ${describe(w.url)} (quote: ${describe(w.source.quote)})`);
  };

  const needRef = (e: Entry, path: Path, id: unknown, kind: keyof typeof ids, what: string) => {
    if (typeof id === 'string' && !ids[kind].has(id) && !invalid.has(`${kind}:${id}`)) report(e, path, `expected ${what}, found ${describe(id)}`);
  };

  // Figures: unique ids site-wide, each traced to its source.
  const figures = new Map<string, { figure: Figure; entry: Entry }>();
  for (const e of entries) {
    (e.data.figures as Figure[] | undefined)?.forEach((figure, i) => {
      const at = ['figures', i];
      const earlier = figures.get(figure.id);
      if (earlier) report(e, [...at, 'id'], `expected a figure id used once across the site, found "${figure.id}" also in ${earlier.entry.file}`);
      else figures.set(figure.id, { figure, entry: e });
      const document = figure.source.document;
      const text = sources[document];
      if (!ids.document.has(document)) report(e, [...at, 'source', 'document'], `expected a document described in content/documents/, found ${describe(document)}`);
      else if (text === undefined) report(e, [...at, 'source', 'document'], `expected the text of document ${document} in the sources folder (${document}_*.txt), found none`);
      else if (!quoteFound(figure.source.quote, text))
        report(e, [...at, 'source', 'quote'], `expected the exact words of document ${figure.source.document}, found words that are not in it: ${describe(figure.source.quote)}`);
      else for (const p of checkFigureWords(figure, text)) report(e, [...at, ...p.path], p.message);
      if (ids.document.has(document)) for (const p of checkFigureYear(figure, document, ids.document.get(document)!.data.reports)) report(e, [...at, ...p.path], p.message);
      needRef(e, [...at, 'programme'], figure.programme, 'programme', 'a programme in content/programmes/');
    });
  }
  // Dates the source gives differently in two places: each found in its document, its words stating it.
  const dates = new Map<string, Entry>();
  for (const e of entries)
    (e.data.dates as DatedStatement[] | undefined)?.forEach((date, i) => {
      const at = ['dates', i];
      const earlier = dates.get(date.id);
      if (earlier) report(e, [...at, 'id'], `expected a date id used once across the site, found "${date.id}" also in ${earlier.file}`);
      else dates.set(date.id, e);
      const text = sources[date.source.document];
      if (text === undefined) report(e, [...at, 'source', 'document'], `expected a document with its text in the sources folder, found ${describe(date.source.document)}`);
      else if (!quoteFound(date.source.quote, text)) report(e, [...at, 'source', 'quote'], `expected the exact words of document ${date.source.document}, found words that are not in it: ${describe(date.source.quote)}`);
      else for (const p of checkDateWords(date)) report(e, [...at, ...p.path], p.message);
    });
  for (const e of entries)
    (e.data.dates as DatedStatement[] | undefined)?.forEach((date, i) =>
      date.compareWith?.forEach((id, j) => {
        if (!dates.has(id) || id === date.id) report(e, ['dates', i, 'compareWith', j], `expected the id of another date stored in some content file, found ${describe(id)}`);
      }),
    );
  const needFigure = (e: Entry, path: Path, id: unknown) => {
    if (typeof id === 'string' && !figures.has(id) && !invalid.has(`figure:${id}`)) report(e, path, `expected the id of a figure stored in some content file, found ${describe(id)}`);
  };
  problems.push(...checkCharts(entries, (id) => figures.get(id)?.figure, invalid));
  // Source blocks and tables are named by words of document 000; without that document there is nothing to hold them to.
  const outline = sources['000'] === undefined ? undefined : parseSourceOutline(sources['000']);
  const needBlock = (e: Entry, path: Path, block: { section: string; heading: string }) => {
    const found = outline?.blocks.find((b) => b.section === block.section && squash(b.heading) === squash(block.heading));
    if (outline && !found)
      report(e, [...path, 'heading'], `expected the heading of a □ block of ${sectionLabel(block.section)} in document 000, found ${describe(block.heading)}`);
    return found;
  };

  for (const e of entries) {
    (e.data.figures as Figure[] | undefined)?.forEach((figure, i) =>
      figure.compareWith?.forEach((id, j) => {
        if (id === figure.id) report(e, ['figures', i, 'compareWith', j], `expected the id of another figure, found its own id ${describe(id)}`);
        else needFigure(e, ['figures', i, 'compareWith', j], id);
      }),
    );
    // Links in text go to pages of this site, written without the language prefix (the page adds it).
    for (const use of e.linkUses) {
      const path = use.target.replace(/#.*$/, '');
      const [, folder, id] = /^\/([a-z-]+)\/([^/]+)\/$/.exec(path) ?? [];
      // Strategies and tasks are plan-scoped: the root plan's at /tasks/1-1/, later plans' at /plans/<n>/tasks/1-1/.
      const [, plan, scoped, code] = /^(?:\/plans\/(\d+))?\/(tasks|strategies)\/([^/]+)\/$/.exec(path) ?? [];
      const exists = sitePages.has(path)
        || (folder !== undefined && folder in itemPages && ids[itemPages[folder]!].has(id!))
        || (scoped !== undefined && ids[planPages[scoped]!].has(planKey(plan ? Number(plan) : rootPlan, code!)));
      if (!exists) report(e, ['(body)'], `expected a link to a page of this site without its language prefix (e.g. /tasks/1-1/), found ${describe(use.target)}`, use.line);
    }
    for (const use of e.figureUses) {
      if (!figures.has(use.id) && !invalid.has(`figure:${use.id}`)) report(e, ['<Fig id>'], `expected the id of a figure stored in some content file, found ${describe(use.id)}`, use.line);
    }
    const d = e.data;
    switch (e.kind) {
      case 'programme': {
        needRef(e, ['ministry'], d.ministry, 'agency', 'an agency in content/agencies/');
        (d.operators as string[]).forEach((a, i) => needRef(e, ['operators', i], a, 'agency', 'an agency in content/agencies/'));
        (d.themes as string[]).forEach((th, i) => needRef(e, ['themes', i], th, 'theme', 'a theme in content/themes/'));
        const others = [...(d.successor ? [['successor', d.successor] as Path] : []), ...(d.related as string[]).map((r, i) => ['related', i, r] as Path)];
        for (const at of others) {
          const id = at.at(-1) as string;
          const path = at.length === 2 ? at.slice(0, 1) : at.slice(0, 2);
          if (id === e.id) report(e, path, `expected another programme, found its own id ${describe(id)}`);
          else needRef(e, path, id, 'programme', 'a programme in content/programmes/');
          // Stored once: the other programme must not state the same link back.
          const other = ids.programme.get(id)?.data;
          if (other && (other.successor === e.id || (other.related as string[]).includes(e.id)))
            report(e, path, `expected each link between two programmes written once, found it also in content/programmes/${id}.yaml`);
        }
        if (d.successor && (d.related as string[]).includes(d.successor))
          report(e, ['successor'], `expected the successor not also listed in related, found ${describe(d.successor)} in both`);
        if (typeof d.amount === 'string') {
          const figure = figures.get(d.amount)?.figure;
          if (!figure) needFigure(e, ['amount'], d.amount);
          else if (figure.unit !== 'won' || figure.programme !== e.id)
            report(e, ['amount'], `expected a figure in won whose programme is ${e.id}, found ${describe(d.amount)} (${figure.unit}, programme ${figure.programme ?? 'none'})`);
        }
        break;
      }
      case 'agency':
        if (d.website) checkAddress(e, ['website'], d.website);
        break;
      case 'link':
        checkAddress(e, ['website'], d.website);
        break;
      case 'strategy':
        needPlan(e);
        needRef(e, ['source', 'document'], d.source.document, 'document', 'a document described in content/documents/');
        break;
      case 'task': {
        const plan = needPlan(e);
        const key = planKey(plan, String(d.strategy));
        if (!ids.strategy.has(key) && !invalid.has(`strategy:${key}`)) report(e, ['strategy'], `expected a strategy of plan ${plan} in content/strategies/${plan}/, found ${describe(d.strategy)}`);
        break;
      }
      case 'measure': {
        const [, ...taskParts] = e.id.split('-');
        const taskInName = taskParts.slice(0, 2).join('-');
        if (d.task !== taskInName) report(e, ['task'], `expected "${taskInName}", the task in the file name, found ${describe(d.task)}`);
        const year = Number(e.id.slice(0, 4));
        const plan = planOfYear(plans, year);
        if (!plan && plans.length)
          report(e, [], `expected a year within the period of a plan in content/plans/ (${plans.map((p) => `${p.period.start}–${p.period.end}`).join(', ')}), found ${year}; add the plan first (npm run new-plan)`, 1);
        else if (plan && !ids.task.has(planKey(plan.ordinal, d.task)) && !invalid.has(`task:${planKey(plan.ordinal, d.task)}`))
          report(e, ['task'], `expected a task of plan ${plan.ordinal} (${plan.period.start}–${plan.period.end}, which includes ${year}) in content/tasks/${plan.ordinal}/, found ${describe(d.task)}`);
        (d.continues as string[]).forEach((id, i) => {
          needRef(e, ['continues', i], id, 'measure', 'the id of a measure (<year>-<task>-<n>)');
          if (Number(id.slice(0, 4)) >= year) report(e, ['continues', i], `expected a measure of a year before ${year}, found ${describe(id)}`);
        });
        (d.programmes as string[]).forEach((p, i) => needRef(e, ['programmes', i], p, 'programme', 'a programme in content/programmes/'));
        const source = d.source as { section: string; heading: string; tables: string[] } | undefined;
        if (!source) break;
        const section = `${d.kind === 'result' ? 'II' : 'IV'}-${d.task}`;
        if (source.section !== section) {
          report(e, ['source', 'section'], `expected "${section}", the section of a ${d.kind} of task ${d.task}, found ${describe(source.section)}`);
          break;
        }
        const block = needBlock(e, ['source'], source);
        source.tables.forEach((title, i) => {
          if (block && !outline!.tables.some((t) => t.section === block.section && t.block === block.position && squash(t.title) === squash(title)))
            report(e, ['source', 'tables', i], `expected the caption or header row of a table in this block, found ${describe(title)}`);
        });
        break;
      }
      case 'narrative':
        needRef(e, ['source', 'document'], d.source.document, 'document', 'a document described in content/documents/');
        break;
      case 'plan':
        (d.sourceBlocks as { section: string; heading: string }[]).forEach((b, i) => needBlock(e, ['sourceBlocks', i], b));
        needFigure(e, ['cycle'], d.cycle);
        (d.targets as { target: string; actual?: string }[]).forEach((t, i) => {
          needFigure(e, ['targets', i, 'target'], t.target);
          needFigure(e, ['targets', i, 'actual'], t.actual);
        });
        break;
      case 'roadmapField':
        (d.editions as { products?: string }[]).forEach((ed, i) => needFigure(e, ['editions', i, 'products'], ed.products));
        (d.measures as string[]).forEach((m, i) => needRef(e, ['measures', i], m, 'measure', 'the id of a measure'));
        (d.programmes as string[]).forEach((p, i) => needRef(e, ['programmes', i], p, 'programme', 'a programme in content/programmes/'));
        break;
      case 'roadmapEdition': {
        needRef(e, ['source', 'document'], d.source.document, 'document', 'a document described in content/documents/');
        needFigure(e, ['totals', 'fields'], d.totals.fields);
        needFigure(e, ['totals', 'products'], d.totals.products);
        for (const [category, pair] of Object.entries(d.totals.byCategory as Record<string, { fields: string; products: string }>)) {
          needFigure(e, ['totals', 'byCategory', category, 'fields'], pair.fields);
          needFigure(e, ['totals', 'byCategory', category, 'products'], pair.products);
        }
        (d.linkedRd as string[]).forEach((id, i) => needFigure(e, ['linkedRd', i], id));
        (d.linkage as { programme: string; figures: string[] }[]).forEach((item, i) => {
          needRef(e, ['linkage', i, 'programme'], item.programme, 'programme', 'a programme in content/programmes/');
          item.figures.forEach((id, j) => needFigure(e, ['linkage', i, 'figures', j], id));
        });
        break;
      }
      case 'glossaryTerm': {
        const text = sources[d.source.document];
        if (text === undefined) needRef(e, ['source', 'document'], d.source.document, 'document', 'a document described in content/documents/');
        else if (!quoteFound(d.source.quote, text))
          report(e, ['source', 'quote'], `expected the exact words of document ${d.source.document}, found words that are not in it: ${describe(d.source.quote)}`);
        (d.programmes as string[]).forEach((p, i) => needRef(e, ['programmes', i], p, 'programme', 'a programme in content/programmes/'));
        break;
      }
      case 'synonyms':
        (d.synonyms as { field?: string }[]).forEach((x, i) => needRef(e, ['synonyms', i, 'field'], x.field, 'roadmapField', 'a roadmap field in content/roadmap-fields/'));
        break;
      case 'measureTranslation':
      case 'narrativeTranslation':
      case 'roadmapFieldTranslation':
      case 'strategyTranslation': {
        const originalKind = e.kind.replace('Translation', '') as 'measure' | 'narrative' | 'strategy' | 'roadmapField';
        const original = ids[originalKind].get(e.id);
        if (invalid.has(`${originalKind}:${e.id}`)) break; // its own problems are reported already
        if (!original) {
          report(e, [], `expected a Korean file ${e.file.replace('.en.mdx', '.ko.mdx')} beside this translation, found none`);
          break;
        }
        const koLinks = original.linkUses.map((u) => u.target).sort().join(' ');
        if (koLinks !== e.linkUses.map((u) => u.target).sort().join(' '))
          report(e, ['(body)'], `expected links to the same pages as the Korean text (${koLinks || 'none'}), found ${e.linkUses.map((u) => u.target).sort().join(' ') || 'none'}`);
        break;
      }
    }
  }

  checkRoadmap(entries, sources, figures, invalid, report);
  // Numbers typed in the text of every body, and the English figures' places (src/lib/content-check/prose.ts).
  checkProse(entries, sources, outline, figures, (e, field, line, message) => report(e, [field], message, line));

  const untranslated: string[] = [];
  const translated = new Set(entries.filter((e) => e.kind.endsWith('Translation')).map((e) => `${e.kind.replace('Translation', '')}:${e.id}`));
  for (const e of entries) {
    if ((e.kind === 'measure' || e.kind === 'narrative' || e.kind === 'strategy' || e.kind === 'roadmapField') && !translated.has(`${e.kind}:${e.id}`)) untranslated.push(`${e.file} (no English file)`);
    collectMissingEnglish(e.data, [], (path) => untranslated.push(`${e.file}:${e.parsed.lineOf(path)}  ${path.join('.')}.en`));
  }
  return { problems, untranslated: untranslated.sort(), unconfirmed: unconfirmed.sort() };
}

/** Calls back for every bilingual object ({ ko, en? }) whose English is missing. */
function collectMissingEnglish(value: unknown, path: Path, found: (path: Path) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => collectMissingEnglish(v, [...path, i], found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.ko === 'string' && !('en' in record && record.en)) found(path);
    for (const [k, v] of Object.entries(record)) collectMissingEnglish(v, [...path, k], found);
  }
}

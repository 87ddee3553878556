// Cross-file rules: every reference resolves, ids are unique, translations match their originals, and every
// figure is found in its source. Astro itself only logs a dangling reference, so these stop the build.
import type { Root } from 'mdast';
import { checkDateWords, checkFigureWords, checkFigureYear, quoteFound, squash } from '../fidelity.ts';
import { checkProse } from './prose.ts';
import { checkRoadmap } from './roadmap.ts';
import { parseSourceOutline, sectionLabel, sectionTexts, type SourceOutline } from '../source-outline.ts';
import { overlappingPlans, planKey, planOfYear, rootPlan, splitPlanKey } from '../plans.ts';
import type { DatedStatement, Figure } from '../../schemas/figure.ts';
import { expectedReference, kindNames, kindSpec, valuesAt, type Kind } from './kinds.ts';
import type { IdUse } from './body.ts';
import type { Parsed, Path } from './parse.ts';
import { describe, fieldName, type Problem } from './validate.ts';
import { checkCharts } from './charts.ts';

export interface Entry {
  file: string;
  kind: Kind;
  id: string;
  data: Record<string, any>;
  parsed: Parsed;
  /** The body's tree; undefined for YAML files and for a body that failed to parse (already reported). */
  tree?: Root;
  figureUses: IdUse[];
  /** Links written in the body, to pages of this site or to https addresses. */
  linkUses: { target: string; line: number }[];
}

type Report = (e: Entry, path: Path, message: string, line?: number) => void;

/** What the rules of one kind may ask of the whole content set. */
interface RuleContext {
  report: Report;
  sources: Record<string, string>;
  /** The outline of document 000, when its text is there. */
  outline?: SourceOutline;
  /** The □ block named by `block` (reporting it when the outline has none). */
  needBlock(e: Entry, path: Path, block: { section: string; heading: string }): SourceOutline['blocks'][number] | undefined;
  /** Whether an entry (or a figure) of that id exists, or failed and was reported already. */
  exists(to: string, id: string): boolean;
  /** The plans by ordinal and period. */
  plans: Plan[];
  /** The plan of a plan-scoped entry (`4/1-1` → 4), reporting it when there is no such plan. */
  needPlan(e: Entry): number;
  /** The valid entry of a kind and id. */
  entry(kind: Kind, id: string): Entry | undefined;
  /** The figure of an id. */
  figure(id: string): Figure | undefined;
  /** Checks a web address: stated by a source, or recorded from elsewhere and listed until staff confirm it. */
  address(e: Entry, path: Path, w: WebAddress): void;
}

interface WebAddress {
  url: string;
  source: 'none' | { document: string; quote: string };
  confirmed?: boolean;
}

// Pages a link in text may name, written without the language prefix (the page adds it).
const sitePages = new Set(['/', '/plan/', '/programmes/', '/roadmap/', '/schedule/', '/glossary/', '/data/', '/search/']);
const itemPages: Record<string, Kind> = { programmes: 'programme', measures: 'measure', roadmap: 'roadmapField' };
const planPages: Record<string, Kind> = { tasks: 'task', strategies: 'strategy' };

interface Plan {
  ordinal: number;
  period: { start: number; end: number };
  entry: Entry;
}

/**
 * Problems that need all entries at once, plus the untranslated list. `invalid` holds `<kind>:<id>` of entries
 * that failed to parse or failed their schema and `figure:<id>` of the figures they declare: their own problems
 * are reported, so references to them are not reported again as dangling.
 */
export function checkIntegrity(entries: Entry[], sources: Record<string, string>, invalid: Set<string>): { problems: Problem[]; untranslated: string[]; unconfirmed: string[] } {
  const problems: Problem[] = [];
  const report: Report = (e, path, message, line = e.parsed.lineOf(path)) =>
    problems.push({ file: e.file, line, field: fieldName(path), message });
  const ids = new Map(kindNames.map((k) => [k, new Map(entries.filter((e) => e.kind === k).map((e) => [e.id, e]))]));
  const figures = checkFigures(entries, sources, invalid, report, (code) => ids.get('document')!.get(code));
  const exists = (to: string, id: string) =>
    invalid.has(`${to}:${id}`) || (to === 'figure' ? figures.has(id) : ids.get(to as Kind)!.has(id));

  const outline = sources['000'] === undefined ? undefined : parseSourceOutline(sources['000']);
  // Strategies and tasks are scoped by plan; a measure belongs to the plan whose period includes its year.
  const plans: Plan[] = [...ids.get('plan')!.values()].map((p) => ({ ordinal: Number(p.id), period: p.data.period as Plan['period'], entry: p }));
  for (const [a, b] of overlappingPlans(plans))
    report(b.entry, ['period', 'start'], `expected a period after that of plan ${a.ordinal} (${a.period.start}–${a.period.end}), found ${b.period.start}`);
  const unconfirmed: string[] = [];
  const context: RuleContext = {
    report,
    sources,
    entry: (kind, id) => ids.get(kind)!.get(id),
    figure: (id) => figures.get(id)?.figure,
    // A source's address must be in the words quoted; any other is listed until staff confirm it.
    address(e, path, w) {
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
    },
    outline,
    exists,
    plans,
    needPlan(e) {
      const { plan } = splitPlanKey(e.id);
      if (!exists('plan', String(plan))) report(e, [], `expected a plan content/plans/${plan}.yaml for the folder ${plan}/, found none`, 1);
      return plan;
    },
    // Source blocks and tables are named by words of document 000; without that document there is nothing to hold them to.
    needBlock(e, path, block) {
      const found = outline?.blocks.find((b) => b.section === block.section && squash(b.heading) === squash(block.heading));
      if (outline && !found)
        report(e, [...path, 'heading'], `expected the heading of a □ block of ${sectionLabel(block.section)} in document 000, found ${describe(block.heading)}`);
      return found;
    },
  };

  for (const e of entries) {
    const spec = kindSpec(e.kind);
    for (const { field, to } of spec.references) {
      for (const { path, value } of valuesAt(e.data, field)) {
        const id = typeof value === 'number' ? String(value) : value;
        if (typeof id === 'string' && !exists(to, id)) report(e, path, `expected ${expectedReference(to)}, found ${describe(id)}`);
      }
    }
    rules[e.kind]?.(e, context);
    checkLinks(e, context);
    if (spec.translates) checkTranslation(e, spec.translates, ids.get(spec.translates as Kind)!.get(e.id), invalid, report);
  }
  problems.push(...checkCharts(entries, (id) => figures.get(id)?.figure, invalid));

  checkRoadmap(entries, sources, figures, invalid, report);
  // Numbers typed in the text of every body, and the English figures' places (src/lib/content-check/prose.ts).
  checkProse(entries, sources, outline, figures, (e, field, line, message) => report(e, [field], message, line));

  const untranslated: string[] = [];
  for (const kind of kindNames) {
    const original = kindSpec(kind).translates;
    if (!original) continue;
    const translated = (id: string) => ids.get(kind)!.has(id) || invalid.has(`${kind}:${id}`);
    for (const e of ids.get(original as Kind)!.values()) if (!translated(e.id)) untranslated.push(`${e.file} (no English file)`);
  }
  for (const e of entries) collectMissingEnglish(e.data, [], (path) => untranslated.push(`${e.file}:${e.parsed.lineOf(path)}  ${path.join('.')}.en`));
  return { problems, untranslated: untranslated.sort(), unconfirmed: unconfirmed.sort() };
}

/**
 * A figure's section, where the outline of its document has that section: its text holds the quote. Reports and
 * returns true when it does not. (A section the outline lacks is not judged: the outline is read from a plan's
 * text, and shorter documents, as the tests' fixtures, may not show every section.)
 */
function checkFigureSection(figure: Figure, sections: Map<string, string>, report: (path: (string | number)[], message: string) => void): boolean {
  const { section, quote } = figure.source;
  const text = sections.get(section);
  if (text === undefined || quoteFound(quote, text)) return false;
  const holding = [...sections].filter(([, t]) => quoteFound(quote, t)).map(([code]) => code);
  report(['source', 'section'], `expected the section whose text holds the quote, found ${describe(section)}; the quote is in ${holding.length ? holding.join(', ') : 'no single section'}: ${describe(quote)}`);
  return true;
}

/**
 * The figure rules: ids unique site-wide, each figure traced to its source, every figure a text or a figure
 * names exists. Returns the figures by id.
 */
function checkFigures(entries: Entry[], sources: Record<string, string>, invalid: Set<string>, report: Report, documentEntry: (code: string) => Entry | undefined): Map<string, { figure: Figure; entry: Entry }> {
  const figures = new Map<string, { figure: Figure; entry: Entry }>();
  // The sections of each document that has a plan's outline, read once.
  const sections = new Map<string, Map<string, string>>();
  const sectionsOf = (document: string, text: string) => {
    if (!sections.has(document)) sections.set(document, sectionTexts(parseSourceOutline(text), text));
    return sections.get(document)!;
  };
  for (const e of entries) {
    (e.data.figures as Figure[] | undefined)?.forEach((figure, i) => {
      const at = ['figures', i];
      const earlier = figures.get(figure.id);
      if (earlier) report(e, [...at, 'id'], `expected a figure id used once across the site, found "${figure.id}" also in ${earlier.entry.file}`);
      else figures.set(figure.id, { figure, entry: e });
      const document = figure.source.document;
      const text = sources[document];
      const described = documentEntry(document);
      if (!described) report(e, [...at, 'source', 'document'], `expected a document described in content/documents/, found ${describe(document)}`);
      else if (text === undefined) report(e, [...at, 'source', 'document'], `expected the text of document ${document} in the sources folder (${document}_*.txt), found none`);
      else if (!quoteFound(figure.source.quote, text))
        report(e, [...at, 'source', 'quote'], `expected the exact words of document ${figure.source.document}, found words that are not in it: ${describe(figure.source.quote)}`);
      else if (!checkFigureSection(figure, sectionsOf(document, text), (path, message) => report(e, [...at, ...path], message)))
        for (const p of checkFigureWords(figure, text)) report(e, [...at, ...p.path], p.message);
      if (described) for (const p of checkFigureYear(figure, document, described.data.reports)) report(e, [...at, ...p.path], p.message);
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
  const known = (id: string) => figures.has(id) || invalid.has(`figure:${id}`);
  for (const e of entries) {
    (e.data.figures as Figure[] | undefined)?.forEach((figure, i) => {
      figure.compareWith?.forEach((id, j) => {
        if (id === figure.id) report(e, ['figures', i, 'compareWith', j], `expected the id of another figure, found its own id ${describe(id)}`);
        else if (!known(id)) report(e, ['figures', i, 'compareWith', j], `expected ${expectedReference('figure')}, found ${describe(id)}`);
      });
    });
    for (const use of e.figureUses) {
      if (!known(use.id)) report(e, ['<Fig id>'], `expected ${expectedReference('figure')}, found ${describe(use.id)}`, use.line);
    }
  }
  return figures;
}

/** Rules of single kinds that are more than references. */
const rules: Partial<Record<Kind, (e: Entry, c: RuleContext) => void>> = {
  programme(e, { report, entry, figure }) {
    const d = e.data;
    const others: [Path, string][] = [...(d.successor ? [[['successor'], d.successor] as [Path, string]] : []), ...(d.related as string[]).map((r, i) => [['related', i], r] as [Path, string])];
    for (const [path, id] of others) {
      if (id === e.id) report(e, path, `expected another programme, found its own id ${describe(id)}`);
      // Stored once: the other programme must not state the same link back.
      const other = entry('programme', id)?.data;
      if (other && (other.successor === e.id || (other.related as string[]).includes(e.id)))
        report(e, path, `expected each link between two programmes written once, found it also in content/programmes/${id}.yaml`);
    }
    if (d.successor && (d.related as string[]).includes(d.successor))
      report(e, ['successor'], `expected the successor not also listed in related, found ${describe(d.successor)} in both`);
    const amount = typeof d.amount === 'string' ? figure(d.amount) : undefined;
    if (amount && (amount.unit !== 'won' || amount.programme !== e.id))
      report(e, ['amount'], `expected a figure in won whose programme is ${e.id}, found ${describe(d.amount)} (${amount.unit}, programme ${amount.programme ?? 'none'})`);
  },
  agency(e, { address }) {
    if (e.data.website) address(e, ['website'], e.data.website);
  },
  link(e, { address }) {
    address(e, ['website'], e.data.website);
  },
  strategy(e, { needPlan }) {
    needPlan(e);
  },
  task(e, { report, exists, needPlan }) {
    const plan = needPlan(e);
    if (!exists('strategy', planKey(plan, String(e.data.strategy))))
      report(e, ['strategy'], `expected a strategy of plan ${plan} in content/strategies/${plan}/, found ${describe(e.data.strategy)}`);
  },
  measure(e, { report, outline, needBlock, exists, plans }) {
    const d = e.data;
    const [, ...taskParts] = e.id.split('-');
    const taskInName = taskParts.slice(0, 2).join('-');
    if (d.task !== taskInName) report(e, ['task'], `expected "${taskInName}", the task in the file name, found ${describe(d.task)}`);
    const year = Number(e.id.slice(0, 4));
    const plan = planOfYear(plans, year);
    if (!plan && plans.length)
      report(e, [], `expected a year within the period of a plan in content/plans/ (${plans.map((p) => `${p.period.start}–${p.period.end}`).join(', ')}), found ${year}; add the plan first (npm run new-plan)`, 1);
    else if (plan && !exists('task', planKey(plan.ordinal, d.task)))
      report(e, ['task'], `expected a task of plan ${plan.ordinal} (${plan.period.start}–${plan.period.end}, which includes ${year}) in content/tasks/${plan.ordinal}/, found ${describe(d.task)}`);
    (d.continues as string[]).forEach((id, i) => {
      if (Number(id.slice(0, 4)) >= year) report(e, ['continues', i], `expected a measure of a year before ${year}, found ${describe(id)}`);
    });
    const source = d.source as { section: string; heading: string; tables: string[] } | undefined;
    if (!source) return;
    const section = `${d.kind === 'result' ? 'II' : 'IV'}-${d.task}`;
    if (source.section !== section) {
      report(e, ['source', 'section'], `expected "${section}", the section of a ${d.kind} of task ${d.task}, found ${describe(source.section)}`);
      return;
    }
    const block = needBlock(e, ['source'], source);
    source.tables.forEach((title, i) => {
      if (block && !outline!.tables.some((t) => t.section === block.section && t.block === block.position && squash(t.title) === squash(title)))
        report(e, ['source', 'tables', i], `expected the caption or header row of a table in this block, found ${describe(title)}`);
    });
  },
  plan(e, { needBlock }) {
    (e.data.sourceBlocks as { section: string; heading: string }[]).forEach((b, i) => needBlock(e, ['sourceBlocks', i], b));
  },
  glossaryTerm(e, { report, sources }) {
    const { document, quote } = e.data.source as { document: string; quote: string };
    const text = sources[document];
    if (text !== undefined && !quoteFound(quote, text))
      report(e, ['source', 'quote'], `expected the exact words of document ${document}, found words that are not in it: ${describe(quote)}`);
  },
};

/** A translation has its original beside it (its figures are compared paragraph by paragraph in prose.ts). */
function checkTranslation(e: Entry, originalKind: string, original: Entry | undefined, invalid: Set<string>, report: Report): void {
  if (invalid.has(`${originalKind}:${e.id}`)) return; // its own problems are reported already
  if (!original) {
    report(e, [], `expected a Korean file ${e.file.replace('.en.mdx', '.ko.mdx')} beside this translation, found none`);
    return;
  }
  // Pages of this site only: other addresses may differ by language, and unsafe ones are reported by the body rules.
  const targets = (x: Entry) => x.linkUses.map((u) => u.target).filter((t) => t.startsWith('/') && !t.startsWith('//')).sort().join(' ');
  if (targets(original) !== targets(e))
    report(e, ['(body)'], `expected links to the same pages as the Korean text (${targets(original) || 'none'}), found ${targets(e) || 'none'}`);
}

/** Links in text go to https addresses or to pages of this site, written without the language prefix. */
function checkLinks(e: Entry, { report, entry }: RuleContext): void {
  for (const use of e.linkUses) {
    if (!use.target.startsWith('/') || use.target.startsWith('//')) continue; // other addresses: the body rules
    const path = use.target.replace(/#.*$/, '');
    const [, folder, id] = /^\/([a-z-]+)\/([^/]+)\/$/.exec(path) ?? [];
    // Strategies and tasks are plan-scoped: the root plan's at /tasks/1-1/, later plans' at /plans/<n>/tasks/1-1/.
    const [, plan, scoped, code] = /^(?:\/plans\/(\d+))?\/(tasks|strategies)\/([^/]+)\/$/.exec(path) ?? [];
    const found = sitePages.has(path)
      || (folder !== undefined && folder in itemPages && !!entry(itemPages[folder]!, id!))
      || (scoped !== undefined && !!entry(planPages[scoped]!, planKey(plan ? Number(plan) : rootPlan, code!)));
    if (!found) report(e, ['(body)'], `expected a link to a page of this site without its language prefix (e.g. /tasks/1-1/), found ${describe(use.target)}`, use.line);
  }
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

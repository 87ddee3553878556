// Loads the collections once and derives the site's indexes (figures by id, measures by task, continuations).
// Content was already validated by the content check, so lookups here may assume references resolve.
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionKinds, kindSpec, kinds, type Collection } from '../lib/content-check/kinds.ts';
import type { DatedStatement, Figure } from '../schemas/figure.ts';
import type { Locale } from '../schemas/common.ts';
import { pick, t } from '../lib/i18n.ts';
import { buildContinuations, sortMeasureIds } from '../lib/measures.ts';
import { buildRoadmapLinks } from '../lib/roadmap-links.ts';
import { buildFigureGroups } from '../lib/figure-groups.ts';
import { buildProgrammeLinks } from '../lib/programme-relations.ts';
import { currentSide, type FieldLineage } from '../lib/roadmap.ts';
import { roadmapCategories, type RoadmapCategory } from '../schemas/entries.ts';
import type { Bilingual } from '../schemas/common.ts';
import { buildSiteIndex } from './site-index.ts';
import { documentsOfPlan } from '../lib/plans.ts';

export type Measure = CollectionEntry<'measures'>;
export type Programme = CollectionEntry<'programmes'>;
export type Task = CollectionEntry<'tasks'>;
export type Strategy = CollectionEntry<'strategies'>;
export type Plan = CollectionEntry<'plans'>;
/** The site's entry types, as the site index holds them. */
export interface SiteKinds {
  plan: Plan;
  strategy: Strategy;
  task: Task;
  measure: Measure;
}

/** A roadmap field with where it stands now (its latest edition) and its lineage across editions. */
export interface RoadmapField {
  id: string;
  entry: CollectionEntry<'roadmapFields'>;
  translation: CollectionEntry<'roadmapFieldTranslations'> | undefined;
  data: CollectionEntry<'roadmapFields'>['data'];
  name: Bilingual;
  category: RoadmapCategory;
  order: number;
  lineage: FieldLineage;
}

/** Every collection of the kinds table, by collection name. */
async function loadCollections() {
  const lists = await Promise.all(collectionKinds.map((k) => getCollection(kinds[k].collection)));
  return Object.fromEntries(collectionKinds.map((k, i) => [kinds[k].collection, lists[i]])) as { [C in Collection]: CollectionEntry<C>[] };
}

async function load() {
  const collections = await loadCollections();
  const { agencies, documents, programmes, strategies, strategyTranslations, tasks, plans, roadmapEditions, roadmapFields, roadmapFieldTranslations, measures, measureTranslations, narratives, narrativeTranslations, themes, links } = collections;
  const figureSources = collectionKinds.filter((k) => kindSpec(k).figures).flatMap((k) => collections[kinds[k].collection] as { data: { figures: Figure[] } }[]);
  const figures = new Map<string, Figure>(figureSources.flatMap((e) => e.data.figures.map((f) => [f.id, f] as const)));
  const measureIds = sortMeasureIds(measures.map((m) => m.id));
  const measureById = new Map(measures.map((m) => [m.id, m]));
  const byOrder = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const count = (id: string) => figures.get(id)!.value;
  const fieldTranslations = new Map(roadmapFieldTranslations.map((t) => [t.id, t]));
  // Fields in the order of the latest edition's own list: category, then position within it.
  const fields = roadmapFields
    .map((entry): RoadmapField => {
      const lineage = { id: entry.id, editions: entry.data.editions };
      const now = currentSide(lineage, count);
      return { id: entry.id, entry, translation: fieldTranslations.get(entry.id), data: entry.data, name: now.name, category: now.category, order: now.order, lineage };
    })
    .sort((a, b) => roadmapCategories.indexOf(a.category) - roadmapCategories.indexOf(b.category) || a.order - b.order);
  const sortedMeasures = measureIds.map((id) => measureById.get(id)!);
  const index = buildSiteIndex<SiteKinds>({
    plans, strategies, tasks, measures,
    measureTitlesEn: new Map(measureTranslations.map((t) => [t.id, t.data.title])),
    strategyTitlesEn: new Map(strategyTranslations.map((t) => [t.id, t.data.title])),
    roadmapFields: fields.map((f) => f.lineage),
    figureValue: count,
  });
  // The footer lists the documents of a page's plan, not every document of every plan on every page.
  const documentList = documents.map((d) => ({ code: d.id, reports: d.data.reports }));
  const documentsByPlan = new Map(index.plans.map((p) => [p.ordinal, documentsOfPlan(p, documentList)]));
  return {
    /** Plans, strategies, tasks, the lookups between them and the measures, and roadmap product counts (src/data/site-index.ts). */
    index,
    /** Codes of a plan's source documents (src/lib/plans.ts `documentsOfPlan`), in code order. */
    documentsOfPlan: (ordinal: number) => documentsByPlan.get(ordinal)!,
    agencies: new Map(agencies.map((a) => [a.id, a])),
    /** Source documents by code, in code order. */
    documents: new Map(documents.sort((a, b) => a.id.localeCompare(b.id)).map((d) => [d.id, d.data])),
    programmes: byOrder(programmes),
    programmeById: new Map(programmes.map((p) => [p.id, p])),
    /** Predecessors, successors and related programmes of each programme, both directions. */
    programmeLinks: buildProgrammeLinks(programmes.map((p) => ({ id: p.id, successor: p.data.successor, related: p.data.related }))),
    /** The finder's themes in their order. */
    themes: [...themes].sort((a, b) => a.data.order - b.data.order),
    /** Sites where current information is published, by id (content/links/). */
    links: new Map(links.map((l) => [l.id, l.data])),
    /** Roadmap editions, oldest first; the last is the current roadmap. */
    roadmapEditions: roadmapEditions.map((e) => ({ year: Number(e.id), data: e.data })).sort((a, b) => a.year - b.year),
    /** The plan whose period includes the current roadmap edition's year: roadmap pages list its documents. */
    roadmapPlan: index.planOfYear(Math.max(...roadmapEditions.map((e) => Number(e.id))))?.ordinal,
    roadmapFields: fields,
    roadmapFieldById: new Map(fields.map((f) => [f.id, f])),
    roadmapLinks: buildRoadmapLinks(fields.map((f) => ({ id: f.id, measures: f.data.measures, programmes: f.data.programmes }))),
    measures: sortedMeasures,
    measureById,
    translations: new Map(measureTranslations.map((t) => [t.id, t])),
    strategyTranslations: new Map(strategyTranslations.map((t) => [t.id, t])),
    narratives: narratives.sort((a, b) => a.data.order - b.data.order),
    narrativeTranslations: new Map(narrativeTranslations.map((t) => [t.id, t])),
    figures,
    /** Figures that belong to a programme (`programme:`), by its slug: each programme page lists its own. */
    figuresOfProgramme: Map.groupBy([...figures.values()].filter((f) => f.programme), (f) => f.programme!),
    figureGroups: buildFigureGroups([...sortedMeasures, ...narratives, ...plans, ...roadmapEditions, ...fields].flatMap((e) => e.data.figures)),
    /** Dates the source gives differently in different places, by id, and their groups (as for figures). */
    dates: new Map<string, DatedStatement>([...sortedMeasures, ...narratives].flatMap((e) => e.data.dates.map((d) => [d.id, d] as const))),
    dateGroups: buildFigureGroups([...sortedMeasures, ...narratives].flatMap((e) => e.data.dates)),
    continuations: buildContinuations(measures.map((m) => ({ id: m.id, continues: m.data.continues }))),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Everything the pages need, loaded once per build. */
export function site() {
  cached ??= load();
  return cached;
}

export type Site = Awaited<ReturnType<typeof load>>;

/** The site's tagline, naming the current plan, its newest year and the latest roadmap edition's period (from
 *  content, so a new year or edition needs no code). */
export function siteTagline(s: Site, locale: Locale): string {
  const roadmap = s.roadmapEditions.at(-1)!.data.period;
  return t(locale, 'site.tagline', { plan: pick(s.index.current.entry.data.title, locale).text, year: s.index.planYears.at(-1)!, start: roadmap.start, end: roadmap.end });
}

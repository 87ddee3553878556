// Roadmap fields ↔ the plan's measures and programmes. The links are written once, on the field; the other
// direction is derived here. A measure or programme that every field lists concerns the roadmap itself (its
// revamp, its linked R&D) rather than one field's technology, so pages show it apart.
import { sortMeasureIds } from './measures.ts';

export interface FieldLinks {
  id: string;
  measures: string[];
  programmes: string[];
}

export interface RoadmapLinks {
  /** Field ids per measure id, in the order the fields were given. */
  fieldsOfMeasure: Map<string, string[]>;
  /** Field ids per programme slug, in the order the fields were given. */
  fieldsOfProgramme: Map<string, string[]>;
  /** Measures and programmes listed by every field (only when there are at least two fields). */
  roadmapWide: { measures: Set<string>; programmes: Set<string> };
}

function invert(fields: FieldLinks[], key: 'measures' | 'programmes'): Map<string, string[]> {
  const back = new Map<string, string[]>();
  for (const f of fields) for (const target of new Set(f[key])) back.set(target, [...(back.get(target) ?? []), f.id]);
  return back;
}

/** Both directions of the field links, and which links concern the roadmap as a whole. */
export function buildRoadmapLinks(fields: FieldLinks[]): RoadmapLinks {
  const fieldsOfMeasure = invert(fields, 'measures');
  const fieldsOfProgramme = invert(fields, 'programmes');
  const everyField = (back: Map<string, string[]>) =>
    new Set(fields.length > 1 ? [...back].filter(([, ids]) => ids.length === fields.length).map(([target]) => target) : []);
  return { fieldsOfMeasure, fieldsOfProgramme, roadmapWide: { measures: everyField(fieldsOfMeasure), programmes: everyField(fieldsOfProgramme) } };
}

export interface SplitLinks {
  /** Links about this field's technology. */
  field: { measures: string[]; programmes: string[] };
  /** Links about the roadmap as a whole. */
  roadmap: { measures: string[]; programmes: string[] };
}

/** One field's links, split into its own and the roadmap-wide ones; measures in year-task-position order. */
export function splitFieldLinks(field: FieldLinks, links: RoadmapLinks): SplitLinks {
  const wideMeasure = (id: string) => links.roadmapWide.measures.has(id);
  const wideProgramme = (slug: string) => links.roadmapWide.programmes.has(slug);
  const measures = sortMeasureIds([...new Set(field.measures)]);
  const programmes = [...new Set(field.programmes)];
  return {
    field: { measures: measures.filter((id) => !wideMeasure(id)), programmes: programmes.filter((p) => !wideProgramme(p)) },
    roadmap: { measures: measures.filter(wideMeasure), programmes: programmes.filter(wideProgramme) },
  };
}

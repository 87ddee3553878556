// Links between programmes are written once, on one of the two (`successor`, `related`); both pages show
// them. This derives the other direction so that no list is kept twice.

export interface ProgrammeLinksInput {
  id: string;
  successor?: string;
  related: string[];
}

/** What one programme's page links to: the programmes it follows, those that follow it, and related ones. */
export interface ProgrammeLinks {
  predecessors: string[];
  successors: string[];
  related: string[];
}

/** Every programme's links in both directions, from the one side each link is written on. */
export function buildProgrammeLinks(programmes: ProgrammeLinksInput[]): Map<string, ProgrammeLinks> {
  const links = new Map<string, ProgrammeLinks>(programmes.map((p) => [p.id, { predecessors: [], successors: [], related: [] }]));
  const at = (id: string) => links.get(id) ?? links.set(id, { predecessors: [], successors: [], related: [] }).get(id)!;
  for (const p of programmes) {
    if (p.successor) {
      at(p.id).successors.push(p.successor);
      at(p.successor).predecessors.push(p.id);
    }
    for (const r of p.related) {
      at(p.id).related.push(r);
      at(r).related.push(p.id);
    }
  }
  for (const l of links.values()) for (const list of [l.predecessors, l.successors, l.related]) list.sort();
  return links;
}

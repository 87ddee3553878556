// Figures that state the same subject differently (another source, another basis, e.g. the 2022
// roadmap-linked R&D: 708억원 result in the plan, 879억원 plan in the press release) are shown side by side
// wherever one of them appears. The link is written once (`compareWith` on one figure); a group is its closure.

/** Group of every grouped figure id (all members, itself included, in the order the figures were given). */
export function buildFigureGroups(figures: { id: string; compareWith?: string[] }[]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const f of figures)
    for (const other of f.compareWith ?? []) {
      for (const id of [f.id, other]) if (!parent.has(id)) parent.set(id, id);
      parent.set(root(other), root(f.id));
    }
  const members = new Map<string, string[]>();
  for (const { id } of figures) if (parent.has(id)) members.set(root(id), [...(members.get(root(id)) ?? []), id]);
  const groups = new Map<string, string[]>();
  for (const ids of members.values()) for (const id of ids) groups.set(id, ids);
  return groups;
}

/** The distinct groups that some of `ids` belong to, in the order they are first met. */
export function groupsTouched(ids: Iterable<string>, groups: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  for (const id of ids) {
    const group = groups.get(id);
    if (group && !found.includes(group)) found.push(group);
  }
  return found;
}

/** A figure table's row groups: runs of ungrouped figures in their order, and each figure group together
 *  where its first member stood, with the members the table lacked looked up by `byId`. */
export function arrangeWithGroups<F extends { id: string }>(
  figures: F[],
  groups: Map<string, string[]>,
  byId: (id: string) => F,
): { grouped: boolean; figures: F[] }[] {
  const segments: { grouped: boolean; figures: F[] }[] = [];
  const placed = new Set<string[]>();
  for (const f of figures) {
    const group = groups.get(f.id);
    const last = segments.at(-1);
    if (!group) {
      if (last && !last.grouped) last.figures.push(f);
      else segments.push({ grouped: false, figures: [f] });
    } else if (!placed.has(group)) {
      placed.add(group);
      segments.push({ grouped: true, figures: group.map((id) => figures.find((x) => x.id === id) ?? byId(id)) });
    }
  }
  return segments;
}

/** For texts shown in order on one page (each given by the figure ids it places), the groups to show after
 *  each: those it touches that no earlier text touched and that `shownElsewhere` (e.g. a figure table of the
 *  same page, whose rows include every member) does not, so a page shows each group once. */
export function groupsOncePerPage(texts: Iterable<string>[], groups: Map<string, string[]>, shownElsewhere: Iterable<string> = []): string[][][] {
  const shown = new Set(groupsTouched(shownElsewhere, groups));
  return texts.map((ids) => {
    const fresh = groupsTouched(ids, groups).filter((g) => !shown.has(g));
    for (const g of fresh) shown.add(g);
    return fresh;
  });
}

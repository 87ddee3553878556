// The glossary's rows, from the programme and agency collections plus content/glossary/ (used by one page only,
// so its collection is read here rather than in site()).
import { getCollection } from 'astro:content';
import { site } from './site.ts';
import { groupByEach } from '../lib/collections.ts';
import { glossaryRows, type GlossaryRow } from '../lib/glossary.ts';

async function load() {
  const s = await site();
  const rows = glossaryRows({ programmes: s.programmes, agencies: [...s.agencies.values()], terms: await getCollection('glossary') });
  const termsOf = groupByEach(rows.filter((row) => row.kind !== 'programme' && row.kind !== 'agency'), (row) => row.programmes);
  return { rows, termsOf };
}

let cached: ReturnType<typeof load> | undefined;

/** Every row of the glossary, built once per build (each programme page looks up its terms here). */
export async function glossary(): Promise<GlossaryRow[]> {
  cached ??= load();
  return (await cached).rows;
}

/** The glossary's abbreviations and terms that name a programme, for links from its page. */
export async function glossaryTermsOf(programme: string): Promise<GlossaryRow[]> {
  cached ??= load();
  return (await cached).termsOf.get(programme) ?? [];
}

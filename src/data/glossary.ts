// The glossary's rows, from the programme and agency collections plus content/glossary/ (used by one page only,
// so its collection is read here rather than in site()).
import { getCollection } from 'astro:content';
import { site } from './site.ts';
import { glossaryRows, type GlossaryRow } from '../lib/glossary.ts';

export async function glossary(): Promise<GlossaryRow[]> {
  const s = await site();
  return glossaryRows({ programmes: s.programmes, agencies: [...s.agencies.values()], terms: await getCollection('glossary') });
}

/** The glossary's abbreviations and terms that name a programme, for links from its page. */
export async function glossaryTermsOf(programme: string): Promise<GlossaryRow[]> {
  return (await glossary()).filter((row) => row.kind !== 'programme' && row.kind !== 'agency' && row.programmes.includes(programme));
}

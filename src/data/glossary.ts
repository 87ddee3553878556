// The glossary's rows, from the programme and agency collections plus content/glossary/ (used by one page only,
// so its collection is read here rather than in site()).
import { getCollection } from 'astro:content';
import { site } from './site.ts';
import { glossaryRows, type GlossaryRow } from '../lib/glossary.ts';

export async function glossary(): Promise<GlossaryRow[]> {
  const s = await site();
  return glossaryRows({ programmes: s.programmes, agencies: [...s.agencies.values()], terms: await getCollection('glossary') });
}

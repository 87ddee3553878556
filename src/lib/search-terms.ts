// Korean-aware search terms. Pagefind matches only the beginnings of words and does not split Korean
// compounds or particles, so the index gets alias terms (the inner parts of compounds) and queries lose
// their particles before they are searched. The same functions run at index time and in the browser.
import { getJongseong, hasBatchim } from 'es-hangul';

const hangulWord = /^[\uAC00-\uD7A3]+$/;

// Particles (조사), longest first so that 에서는 is tried before 는, each with the final sound it follows:
// a consonant (batchim: 을, 은), a vowel (open: 를, 는) or either (any: 의, 에서).
type After = 'batchim' | 'open' | 'any';
const particles: [string, After][] = [
  ['에서는', 'any'], ['에게서', 'any'], ['으로서', 'batchim'], ['으로써', 'batchim'], ['으로는', 'batchim'], ['이라는', 'batchim'],
  ['에서', 'any'], ['에게', 'any'], ['에는', 'any'], ['에도', 'any'], ['까지', 'any'], ['부터', 'any'], ['보다', 'any'],
  ['처럼', 'any'], ['마다', 'any'], ['과의', 'batchim'], ['와의', 'open'], ['이나', 'batchim'], ['이며', 'batchim'],
  ['으로', 'batchim'], ['로서', 'open'], ['로써', 'open'], ['로는', 'open'], ['라는', 'open'],
  ['을', 'batchim'], ['은', 'batchim'], ['이', 'batchim'], ['과', 'batchim'], ['를', 'open'], ['는', 'open'], ['가', 'open'],
  ['와', 'open'], ['로', 'open'], ['의', 'any'], ['에', 'any'],
];
// 도 and 만 are left out: too many nouns end in them (제도, 속도, 불만).

/** Shortest stem kept after stripping, in syllables: 국가 stays 국가, 제도 stays 제도. */
const minStem = 2;

function fits(stem: string, form: string, after: After): boolean {
  const last = stem.at(-1)!;
  if (after === 'any') return true;
  if (after === 'batchim') return hasBatchim(last);
  // 로 forms also follow ㄹ: 서울로, 기술로.
  return !hasBatchim(last) || (form.startsWith('로') && getJongseong(last) === 'ㄹ');
}

/** A Korean word without its trailing particle: 탄소중립을 → 탄소중립, 상생협력의 → 상생협력. */
export function stripParticle(word: string): string {
  if (!hangulWord.test(word)) return word;
  for (const [form, after] of particles) {
    if (!word.endsWith(form)) continue;
    const stem = word.slice(0, -form.length);
    if (stem.length >= minStem && fits(stem, form, after)) return stem;
  }
  return word;
}

/**
 * Words as Pagefind indexes them: split at spaces only, punctuation at either end dropped. Pagefind keeps
 * inner punctuation, so 전기·수소차 is one word and 수소 does not begin it.
 */
export function words(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
}

/** Inner parts of a Korean stem, two syllables or longer: 탄소중립 → 소중립, 중립. */
function innerParts(stem: string): string[] {
  const parts: string[] = [];
  for (let start = 1; start <= stem.length - 2; start++) parts.push(stem.slice(start));
  return parts;
}

/**
 * Parts of a word that a reader may search on their own, with particles removed: inner parts of each
 * compound (탄소중립을 → 소중립, 중립) and every segment after inner punctuation (전기·수소차 → 수소차, 소차).
 * Prefix matching already finds the word's own beginning, so that is not repeated.
 */
export function compoundParts(word: string): string[] {
  const segments = word.match(/[\p{L}\p{N}]+/gu) ?? [];
  const parts = segments.flatMap((segment, i) => {
    const stem = stripParticle(segment);
    if (!hangulWord.test(stem)) return [];
    return i > 0 && stem.length >= minStem ? [stem, ...innerParts(stem)] : innerParts(stem);
  });
  return [...new Set(parts)];
}

/**
 * Alias terms for a page: the parts of its words, minus terms a prefix search would already find on
 * the page (any part that begins one of the page's own words).
 */
export function aliasTerms(text: string): string[] {
  const own = [...new Set(words(text))];
  const found = (term: string) => own.some((w) => w.startsWith(term));
  const aliases = new Set<string>();
  for (const word of own) for (const part of compoundParts(word)) if (!found(part)) aliases.add(part);
  return [...aliases].sort();
}

/** The query a reader typed, with particles removed from each Korean word: 탄소중립을 → 탄소중립. */
export function normalizeQuery(query: string): string {
  return query.trim().split(/\s+/).filter(Boolean).map(stripParticle).join(' ');
}

/**
 * How a name compares with what a reader typed: case, spacing and punctuation ignored, so 'K-스마트 등대공장',
 * 'k스마트등대공장' and 'AI 제조 데이터 플랫폼(KAMP)' vs 'ai제조데이터플랫폼kamp' are the same name.
 */
export function nameKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

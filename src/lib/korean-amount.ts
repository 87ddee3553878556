// Reads the amounts a Korean text states, each with its scale words (천, 만, 억, 조) and counter (원, %, 개사,
// 명, 개 분야 …), so that a figure can be held to the exact words that state it: no ×10ⁿ guessing.

/** One number of a text, as written, with the value its own words give it. */
export interface Amount {
  /** The words that state it, e.g. `1조 1,081억원`, `2.6만명`, `32개 분야`, `165`. */
  text: string;
  /** Offsets of `text` in the text read. */
  start: number;
  end: number;
  /** The number times its scale words: `307.9억` → 30790000000, `2.6만명` → 26000, `165` → 165. */
  value: number;
  /** The counter as written (`원`, `%`, `개사`, `개 분야`, `명`), or undefined for a bare number. */
  counter?: string;
}

const scaleOf: Record<string, number> = { 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12 };
const nouns = '분야|품목|전략제품|과제|기관|핵심기술|기술|컨소시엄|컨소|특구|사업|법원|법령|사';
/** Counters, longest first so that 개사 wins over 개. 개/대 may take a noun (`32개 분야`, `9대 분야`, `6개컨소`). */
const counter = new RegExp(`^(?:원|%|개사|개국|개교|개월|(?:개|대)\\s?(?:${nouns})|개|명|건|회|종|년간|년|시간|배수|배)`);
const number = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
/** A year or date mark (`’22`, `‘22.6`, `'22.12월`): not an amount. */
const dateMark = /^[‘’'`]\d{2}(?:\.\d{1,2}(?:월)?)?/;

/** Every amount of a text, in order. Dates (`’22.6`) are skipped; a range `2천~4천만원` shares its tail. */
export function readAmounts(text: string): Amount[] {
  const amounts: (Amount & { scales: string[] })[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const date = dateMark.exec(rest);
    if (date) {
      i += date[0].length;
      continue;
    }
    // A digit glued to Latin letters is part of a name (5G, CO2, BIG3, 2Win), not an amount.
    const n = /^\d/.test(rest) && !/[A-Za-z\d.,]/.test(text[i - 1] ?? '') ? number.exec(rest) : null;
    if (!n || /^[A-Za-z]/.test(rest.slice(n[0].length))) {
      i += n ? n[0].length : 1;
      continue;
    }
    let end = i + n[0].length;
    const scales: string[] = [];
    for (let s = /^[천만억조]/.exec(text.slice(end)); s; s = /^[천만억조]/.exec(text.slice(end))) {
      scales.push(s[0]);
      end += 1;
    }
    let value = decimal(n[0], scales);
    // `1조 1,081억원`: a 조 amount continues with its 억 part.
    const more = scales.at(-1) === '조' ? /^\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([천만억]+)/.exec(text.slice(end)) : null;
    if (more) {
      value += decimal(more[1]!, [...more[2]!]);
      scales.push(...more[2]!);
      end += more[0].length;
    }
    const c = counter.exec(text.slice(end));
    if (c) end += c[0].length;
    amounts.push({ text: text.slice(i, end), start: i, end, value, counter: c?.[0].replace(/\s/g, ' ') ?? implied(scales), scales });
    i = end;
  }
  // A range states its unit once: in `2천~4천만원` the first amount is 2천만원.
  amounts.forEach((a, k) => {
    const b = amounts[k + 1];
    if (!b || a.counter || !b.counter || !/^\s?[~～]\s?$/.test(text.slice(a.end, b.start))) return;
    a.value = decimal(a.text, [...a.scales, ...b.scales.slice(a.scales.length)]);
    a.counter = b.counter;
  });
  return amounts.map(({ scales: _, ...a }) => a);
}

/** 억 and 조 with no counter are money in the sources (`출연금 307.9억`); smaller scales are not. */
function implied(scales: string[]): string | undefined {
  return scales.some((s) => s === '억' || s === '조') ? '원' : undefined;
}

/** Digits times scale words in decimal, so `307.9억` is 30790000000 exactly, not 30789999999.999996. */
function decimal(digits: string, scales: string[]): number {
  const [whole, fraction = ''] = digits.replace(/[^\d.]/g, '').split('.');
  const power = scales.reduce((p, s) => p + Math.log10(scaleOf[s]!), 0) - fraction.length;
  const mantissa = Number(whole! + fraction);
  return power >= 0 ? mantissa * 10 ** power : mantissa / 10 ** -power;
}

/**
 * The scale and counter that words give to bare numbers: a table header (`제품(개)`), a series' stated unit
 * (`(모태펀드, 억원)`) or its last amount (`1,606개`). Undefined when the words state none.
 */
export function readUnit(words: string): { scale: number; counter: string } | undefined {
  const last = readAmounts(words).filter((a) => a.counter).at(-1);
  if (last) {
    const m = /([천만억조]*)\s?[^천만억조]*$/.exec(last.text.replace(/^[\d,.]+/, ''));
    return { scale: [...(m?.[1] ?? '')].reduce((p, s) => p * scaleOf[s]!, 1), counter: last.counter! };
  }
  const alone = new RegExp(`([천만억조]*)(원|%|개사|명|건|${nouns}|개)`).exec(words);
  if (!alone) return undefined;
  const scale = [...alone[1]!].reduce((p, s) => p * scaleOf[s]!, 1);
  return { scale, counter: alone[2]! };
}

const nounAfterCounter = new RegExp(`^(?:개|대)\\s?(?=${nouns})`);

/** The figure units a counter can mean (docs/content-format.md lists the units). */
export function unitsOfCounter(counter: string): string[] {
  switch (counter.replace(nounAfterCounter, '')) {
    case '원': return ['won'];
    case '%': return ['percent'];
    case '개사': case '사': return ['companies'];
    case '명': return ['people'];
    case '건': return ['cases'];
    case '회': return ['times'];
    case '개국': return ['countries'];
    case '개교': return ['schools'];
    case '종': return ['types'];
    case '년': case '년간': return ['years'];
    case '개월': return ['months'];
    case '시간': return ['hours'];
    case '배': case '배수': return ['multiple'];
    case '분야': return ['fields'];
    case '품목': case '전략제품': return ['products', 'count'];
    case '과제': return ['projects'];
    case '기관': return ['institutions'];
    case '기술': case '핵심기술': return ['technologies', 'count'];
    case '컨소시엄': case '컨소': return ['consortia'];
    case '특구': return ['zones'];
    case '사업': return ['programmes'];
    case '법령': return ['laws'];
    case '법원': return ['count'];
    // 개 counts things of any kind; the noun that says which is elsewhere in the sentence.
    default: return ['count', 'companies', 'countries', 'projects', 'institutions', 'schools', 'fields', 'products', 'technologies', 'consortia', 'zones', 'programmes', 'laws', 'types'];
  }
}

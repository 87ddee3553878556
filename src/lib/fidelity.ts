// Ties every figure to its source: the quote must stand in the source document and carry the figure's value.

/** Text with all white space removed, so that PDF line breaks and spacing do not matter. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Whether a quote stands in a source text, ignoring line breaks and spacing. */
export function quoteFound(quote: string, sourceText: string): boolean {
  return squash(sourceText).includes(squash(quote));
}

const scales = [1, 1e3, 1e4, 1e7, 1e8, 1e12];

/**
 * Values a quote can express. Each number counts as written and at every Korean scale (천, 만, 천만, 억, 조),
 * because sources often state the unit once for a whole series (`(‘20) 165 → (‘21) 335`); `1조 1,081억`
 * also counts as the sum of both parts.
 */
export function valuesInQuote(quote: string): number[] {
  const values = new Set<number>();
  // Spacing separates numbers (`‘21. 138`), so numbers are read from the quote as written.
  const text = quote.replace(/\s+/g, ' ');
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s?조\s?(\d[\d,]*(?:\.\d+)?)\s?억/g)) {
    values.add(Math.round(num(m[1]!) * 1e12 + num(m[2]!) * 1e8));
  }
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const n = num(m[0]);
    for (const scale of scales) values.add(Math.round(n * scale * 1000) / 1000);
  }
  return [...values];
}

function num(digits: string): number {
  return Number(digits.replaceAll(',', ''));
}

/** Whether a figure's value is one of the numbers its quote states. */
export function valueInQuote(value: number, quote: string): boolean {
  return valuesInQuote(quote).some((v) => Math.abs(v - value) < 1e-6 * Math.max(1, Math.abs(value)));
}

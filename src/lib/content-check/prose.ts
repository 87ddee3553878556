// The text of every MDX body against its figures: numbers typed in prose (Korean and English) and the places
// of the English figures. Called by checkIntegrity, which knows every entry and the source documents.
import { compareFigPlaces, figPlaces } from '../fig-parity.ts';
import { readAmounts } from '../korean-amount.ts';
import { checkProseNumbers, digitsOf, numbersIn, proseNumbers } from '../prose-numbers.ts';
import { sectionLabel, type SourceOutline } from '../source-outline.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { Entry } from './integrity.ts';

/** The text of the source block (or section) an entry presents, and how messages name it; `lines` gives a document's lines. */
function sourceBlockOf(e: Entry, sources: Record<string, string>, lines: (code: string) => string[], outline: SourceOutline | undefined): { text: string; where: string } | undefined {
  const d = e.data;
  if (e.kind === 'measure' && d.source && outline && sources['000']) {
    const block = outline.blocks.find((b) => b.section === d.source.section && b.heading.replace(/\s+/g, '') === String(d.source.heading).replace(/\s+/g, ''));
    if (!block) return undefined;
    return { text: lines('000').slice(block.line - 1, block.endLine).join('\n'), where: `the □ block of ${sectionLabel(block.section)}` };
  }
  if (e.kind === 'narrative') {
    const text = sources[d.source.document as string];
    if (text === undefined) return undefined;
    const sections = d.source.document === '000' ? outline?.sections : undefined;
    const i = sections?.findIndex((s) => s.code === d.source.section) ?? -1;
    if (!sections || i < 0) return { text, where: `document ${d.source.document}` };
    const section = lines('000').slice(sections[i]!.line - 1, sections[i + 1] ? sections[i + 1]!.line - 1 : undefined);
    return { text: section.join('\n'), where: `section ${sectionLabel(d.source.section)} of document 000` };
  }
  return undefined;
}

/** Digits of the number a figure's words state (`38억원` → `38`), for spotting the figure typed in prose. */
function saidDigits(figure: Figure): string | undefined {
  const amount = readAmounts(figure.source.says.replace(/\s+/g, ' '))[0];
  return amount && digitsOf(/^[\d,.]+/.exec(amount.text)![0]);
}

/** Problems of the prose of every MDX body: each typed number, and English figures out of their places. */
export function checkProse(
  entries: Entry[],
  sources: Record<string, string>,
  outline: SourceOutline | undefined,
  figures: Map<string, { figure: Figure }>,
  report: (e: Entry, field: string, line: number, message: string) => void,
): void {
  const originals = new Map(entries.filter((e) => !e.kind.endsWith('Translation')).map((e) => [`${e.kind}:${e.id}`, e]));
  // Each document split into lines once, not once per entry that presents a block of it.
  const split = new Map<string, string[]>();
  const lines = (code: string) => split.get(code) ?? split.set(code, sources[code]!.split('\n')).get(code)!;
  for (const e of entries) {
    if (!e.tree) continue;
    const original = e.kind.endsWith('Translation') ? originals.get(`${e.kind.replace('Translation', '')}:${e.id}`) : e;
    if (!original) continue;
    const block = sourceBlockOf(original, sources, lines, outline);
    // The figures this body's text stands for: its entry's own and those it places from elsewhere.
    const figureNumbers = new Map<string, string>();
    const own = (original.data.figures as Figure[] | undefined) ?? [];
    for (const figure of [...own, ...original.figureUses.map((u) => figures.get(u.id)?.figure).filter((f): f is Figure => !!f)]) {
      const digits = saidDigits(figure);
      if (digits && !figureNumbers.has(digits)) figureNumbers.set(digits, figure.id);
    }
    // Trees carry file lines already (parseMdxBody), so their first line is 1.
    const numbers = proseNumbers(e.tree, 1);
    for (const p of checkProseNumbers(numbers, figureNumbers, block ? numbersIn(block.text) : new Set(), block?.where ?? 'the source')) report(e, '(body)', p.line, p.message);
    if (e !== original && original.tree) {
      const differ = compareFigPlaces(figPlaces(original.tree, 1), figPlaces(e.tree, 1), e.parsed.bodyLine);
      if (differ) report(e, '<Fig id>', differ.line, differ.message);
    }
  }
}

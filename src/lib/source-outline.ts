// The outline of document 000 (the 2023 implementation plan), read from its plain text: the sections, every
// □ block, every table and the Ⅴ schedule rows. The coverage test and `npm run coverage` hold content against it.

/** A □ block: a heading and the ◦/-/* points under it, up to the next □ or heading. */
export interface SourceBlock {
  /** Section code as in figures' `source.section`: `I-2`, `II-1-1`, `IV-3-2`. */
  section: string;
  /** Position of the block within its section, from 1 (a measure's `<n>`). */
  position: number;
  /** The □ heading, as the source writes it (a heading broken inside 「…」 or (…) is joined). */
  heading: string;
  /** 1-based line of the □ and the last line of the block. */
  line: number;
  endLine: number;
}

/** A table of the source, flattened in the text. */
export interface SourceTable {
  section: string;
  /** Position of the □ block the table stands in. */
  block: number;
  /** Its caption without the brackets (`기술교류 상담회 지원성과`, `기존`), or its header row when it has none. */
  title: string;
  line: number;
}

export type ScheduleTiming = 'first-half' | 'second-half' | 'all-year';

/** A row of the Ⅴ schedule table. */
export interface ScheduleRow {
  task: string;
  title: string;
  year: number;
  timing: ScheduleTiming;
  line: number;
}

export interface SourceSection {
  code: string;
  line: number;
}

export interface SourceOutline {
  sections: SourceSection[];
  blocks: SourceBlock[];
  tables: SourceTable[];
  schedule: ScheduleRow[];
}

const romanNumerals = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ'] as const;
/** Roman part headings, e.g. ` Ⅱ. 2022년 추진 실적`. */
const partHeading = /^\s*([ⅠⅡⅢⅣⅤ])\.\s/;
/** Numbered headings of Ⅰ (sub-sections) and Ⅱ/Ⅳ (tasks): a digit, two or more spaces, a title. */
const numberedHeading = /^\s*(\d)\s{2,}\S/;
/** Strategy headings of Ⅱ and Ⅳ: `(전략1) …`. */
const strategyHeading = /^\s*\(전략(\d)\)/;
/** A line that starts a point or another structure, so it cannot continue a broken □ heading. */
const pointStart = /^\s*(□|◦|-\s|\*|※|<|【|구분\s|\d\s{2,}|\(전략)/;
/**
 * Where a flattened table starts: a caption alone on its line (`< 지원구조 >`, `【 기존 】`), or a header row
 * whose first cell is 구분 (the source's word for the row-label column).
 */
const tableStart = /^\s*(?:<\s*([^<>]+?)\s*>|【\s*([^【】]+?)\s*】|(구분\s.+?))\s*$/;
/** A second marker this close (non-empty lines in between) belongs to the same table: caption then header row. */
const sameTableDistance = 2;
/** A Ⅴ row: `1-1 혁신역량 기반 R&D 사업구조 개편 ‘23.상` or `… 연중`. */
const scheduleLine = /^\s*(\d-\d)\s+(.+?)\s+(?:[‘’'](\d{2})\.(상|하)|(연중))\s*$/;
/** The year the plan's detailed actions are for: `Ⅳ. 2023년 세부 시행계획`. */
const actionsYear = /^\s*Ⅳ\.\s*(\d{4})년/m;

/** Reads the outline of document 000 from its text. */
export function parseSourceOutline(text: string): SourceOutline {
  const lines = text.split('\n');
  const outline: SourceOutline = { sections: [], blocks: [], tables: [], schedule: [] };
  const year = Number(actionsYear.exec(text)?.[1]);
  let part: string | undefined;
  let strategy: string | undefined;
  let section: string | undefined;
  let block: SourceBlock | undefined;
  let lastTableLine = -Infinity;
  let nonEmptySinceTable = 0;

  const enter = (code: string, line: number) => {
    closeBlock(line - 1);
    section = code;
    outline.sections.push({ code, line });
  };
  const closeBlock = (endLine: number) => {
    if (block) block.endLine = lastNonEmpty(lines, block.line, endLine);
    block = undefined;
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    nonEmptySinceTable++;
    if (part === undefined && /^\s*3\.\s*주요내용/.test(raw)) return enter('summary', line);
    const roman = partHeading.exec(raw)?.[1];
    if (roman) {
      part = romanCode(roman);
      strategy = undefined;
      // Ⅰ, Ⅱ and Ⅳ are divided further by their numbered headings; Ⅲ and Ⅴ are one section each.
      if (part === 'III' || part === 'V') return enter(part, line);
      closeBlock(line - 1);
      section = undefined;
      return;
    }
    if (part === 'II' || part === 'IV') {
      const s = strategyHeading.exec(raw)?.[1];
      if (s) {
        strategy = s;
        closeBlock(line - 1);
        return;
      }
    }
    const n = numberedHeading.exec(raw)?.[1];
    if (n && part === 'I') return enter(`I-${n}`, line);
    if (n && (part === 'II' || part === 'IV') && strategy) return enter(`${part}-${strategy}-${n}`, line);
    if (part === 'V') {
      const row = scheduleLine.exec(raw);
      if (row) outline.schedule.push({ task: row[1]!, title: row[2]!, year: row[3] ? 2000 + Number(row[3]) : year, timing: timingOf(row[4]), line });
      return;
    }
    if (section === undefined) return;
    if (raw.trimStart().startsWith('□')) {
      closeBlock(line - 1);
      const position = outline.blocks.filter((b) => b.section === section).length + 1;
      block = { section, position, heading: headingFrom(lines, index), line, endLine: line };
      outline.blocks.push(block);
      return;
    }
    const table = tableStart.exec(raw);
    if (table && block) {
      if (nonEmptySinceTable - 1 > sameTableDistance || lastTableLine < block.line) {
        outline.tables.push({ section, block: block.position, title: (table[1] ?? table[2] ?? table[3])!.trim(), line });
      }
      lastTableLine = line;
      nonEmptySinceTable = 0;
    }
  });
  closeBlock(lines.length);
  return outline;
}

function romanCode(numeral: string): string {
  return ['I', 'II', 'III', 'IV', 'V'][romanNumerals.indexOf(numeral as (typeof romanNumerals)[number])]!;
}

function timingOf(half: string | undefined): ScheduleTiming {
  return half === '상' ? 'first-half' : half === '하' ? 'second-half' : 'all-year';
}

/** The □ line's text, joined with the next lines while a bracket it opened is still open. */
function headingFrom(lines: string[], index: number): string {
  let heading = lines[index]!.replace(/^\s*□\s*/, '').trim();
  for (let i = index + 1; i < lines.length && unclosed(heading); i++) {
    const next = lines[i]!.trim();
    if (next === '') continue;
    if (pointStart.test(next)) break;
    heading += ` ${next}`;
  }
  return heading;
}

function unclosed(text: string): boolean {
  const count = (c: string) => text.split(c).length - 1;
  return count('「') > count('」') || count('(') > count(')');
}

function lastNonEmpty(lines: string[], from: number, to: number): number {
  for (let line = to; line > from; line--) if (lines[line - 1]!.trim() !== '') return line;
  return from;
}

/** How a section code reads in the source: `II-2-1` → `Ⅱ-2-1`. */
export function sectionLabel(code: string): string {
  const [part, ...rest] = code.split('-');
  const index = ['I', 'II', 'III', 'IV', 'V'].indexOf(part!);
  return index < 0 ? code : [romanNumerals[index], ...rest].join('-');
}

/** The text of each section of a document, from its heading to the next section's. */
export function sectionTexts(outline: SourceOutline, text: string): Map<string, string> {
  const lines = text.split('\n');
  return new Map(outline.sections.map((s, i) => [s.code, lines.slice(s.line - 1, (outline.sections[i + 1]?.line ?? lines.length + 1) - 1).join('\n')]));
}

// What a page looks like to a reader, read inside the page in any engine (the function is sent as source, so it
// uses nothing from outside itself): sideways scroll, figures broken over lines, Korean words split across
// lines, charts not drawn as their data says, and what the probe (tests/support/probe.ts) recorded.

export interface PageReport {
  /** The page's width and how far it scrolls sideways. */
  clientWidth: number;
  scrollWidth: number;
  /** The text of each `[data-figure]` laid out on more than one line. */
  brokenFigures: string[];
  /** Each Korean word (a run without spaces holding Hangul) broken across lines though it fits one, `|` where it broke. */
  splitWords: string[];
  charts: number;
  /** What is wrong with a chart's drawing: a box too small, a bar without fill, a bar not as long as its share. */
  chartProblems: string[];
  /** The main heading, to tell a page that rendered from one that did not. */
  heading: string;
  /** What the probe script recorded (empty with JavaScript off: it does not run). */
  errors: string[];
  violations: string[];
}

export function pageReport(): PageReport {
  // Boxes that content-visibility leaves undrawn off screen (the finder's cards) are drawn as a reader scrolls.
  for (const el of document.querySelectorAll<HTMLElement>('.card, [style*="content-visibility"]')) {
    if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  }
  const lineTops = (rects: DOMRectList | DOMRect[]) => new Set([...rects].filter((r) => r.width > 0).map((r) => Math.round(r.top)));

  const brokenFigures = [...document.querySelectorAll('[data-figure]')]
    .filter((e) => lineTops(e.getClientRects()).size > 1)
    .map((e) => e.textContent ?? '');

  // Words run across inline elements (a link, a figure, a glued place: src/lib/keep-words.ts), so they are read
  // as runs of characters without spaces through the text of each block, each with its pieces of text.
  const splitWords: string[] = [];
  const range = document.createRange();
  type Piece = { node: Text; start: number; end: number };
  const rectsOf = ({ node, start, end }: Piece) => {
    range.setStart(node, start);
    range.setEnd(node, end);
    return [...range.getClientRects()].filter((r) => r.width > 0);
  };
  const blockOf = (el: Element) => {
    let block: Element | null = el;
    while (block && /^(inline|contents)/.test(getComputedStyle(block).display)) block = block.parentElement;
    return block;
  };
  const checkWord = (pieces: Piece[], block: Element | null) => {
    const text = pieces.map((p) => p.node.data.slice(p.start, p.end)).join('');
    const korean = pieces.some((p) => (p.node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('ko'));
    // Code (a path, a command) breaks where English text does, as a phone may need (src/lib/keep-words.ts).
    if (!korean || !/[\uAC00-\uD7A3]/.test(text) || pieces.some((p) => p.node.parentElement!.closest('code, kbd, samp'))) return;
    const rects = pieces.flatMap(rectsOf);
    // A lower line: its middle is below the bottom of the text before it (text in another font, as in <code>,
    // has another top on the same line).
    const below = (r: DOMRect, above: DOMRect) => (r.top + r.bottom) / 2 > above.bottom;
    if (!rects.some((r, i) => i > 0 && below(r, rects[i - 1]!))) return;
    // A word wider than its line has to break somewhere.
    const style = block ? getComputedStyle(block) : null;
    const line = block ? block.clientWidth - parseFloat(style!.paddingLeft) - parseFloat(style!.paddingRight) : Infinity;
    if (rects.reduce((sum, r) => sum + r.width, 0) > line) return;
    // Where it broke: the first character on a lower line.
    let at = 0;
    for (const piece of pieces) {
      for (let i = piece.start; i < piece.end; i++, at++) {
        const r = rectsOf({ node: piece.node, start: i, end: i + 1 })[0];
        if (r && below(r, rects[0]!)) return void splitWords.push(`${text.slice(0, at)}|${text.slice(at)}`);
      }
    }
  };
  let word: Piece[] = [];
  let wordBlock: Element | null = null;
  const endWord = () => {
    if (word.length) checkWord(word, wordBlock);
    word = [];
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.localName === 'br' || !/^(inline|contents)/.test(getComputedStyle(node).display)) endWord();
      continue;
    }
    const text = node as Text;
    const el = text.parentElement;
    if (!el || el.closest('svg, script, style, noscript, template, .visually-hidden') || !el.getClientRects().length) {
      endWord();
      continue;
    }
    const block = blockOf(el);
    if (block !== wordBlock) endWord();
    wordBlock = block;
    // Each run of non-spaces continues the word so far when it starts the text node; a space ends it.
    for (const run of text.data.matchAll(/\S+|\s+/g)) {
      if (/^\s/.test(run[0])) endWord();
      else word.push({ node: text, start: run.index, end: run.index + run[0].length });
    }
  }
  endWord();

  const chartProblems: string[] = [];
  const charts = [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')];
  for (const svg of charts) {
    const name = svg.closest('figure')?.id ?? 'chart';
    const box = svg.getBoundingClientRect();
    if (box.width < 100 || box.height < 20) chartProblems.push(`${name}: drawn ${Math.round(box.width)}×${Math.round(box.height)} px`);
    for (const bar of svg.querySelectorAll<SVGRectElement>('rect.bar')) {
      const drawn = bar.getBoundingClientRect();
      const style = getComputedStyle(bar);
      if (style.fill === 'none' || style.fill === 'transparent' || drawn.height <= 0) chartProblems.push(`${name}: a bar with no fill`);
      // Firefox counts the stroke in a box, the others do not: a stroke's width is within tolerance.
      const stroke = style.stroke === 'none' ? 0 : parseFloat(style.strokeWidth) || 0;
      const share = bar.getAttribute('width') ?? '';
      if (share.endsWith('%') && Math.abs(drawn.width - (parseFloat(share) / 100) * box.width) > stroke + 1) {
        chartProblems.push(`${name}: a bar of ${share} drawn ${drawn.width.toFixed(1)} of ${box.width.toFixed(1)} px`);
      }
    }
  }

  const probe = (window as unknown as { __probe?: { errors: string[]; violations: string[] } }).__probe;
  return {
    clientWidth: document.documentElement.clientWidth,
    scrollWidth: document.documentElement.scrollWidth,
    brokenFigures,
    splitWords,
    charts: charts.length,
    chartProblems,
    heading: document.querySelector('h1')?.textContent?.trim() ?? '',
    errors: probe?.errors ?? [],
    violations: probe?.violations ?? [],
  };
}

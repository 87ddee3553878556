// The share image (OpenGraph/Twitter card) of each language: 1200×630 PNG drawn at build time from the site
// name and tagline. Satori lays the text out into SVG paths with the self-hosted Pretendard font (from
// @fontsource/pretendard, so no system font is needed); resvg (WASM) rasterises the SVG.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareText {
  lang: string;
  name: string;
  tagline: string;
  publisher: string;
}

const require = createRequire(import.meta.url);
// Fontsource exports only CSS paths, so the font files are found from the package's exported LICENSE.
const fontDir = join(dirname(require.resolve('@fontsource/pretendard/LICENSE')), 'files');
let ready: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

/** Loads the fonts and the resvg WASM once per process. */
function setup() {
  ready ??= (async () => {
    await initWasm(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const [regular, bold] = await Promise.all(['400', '700'].map((w) => readFile(join(fontDir, `pretendard-latin-${w}-normal.woff`))));
    return { regular: regular!, bold: bold! };
  })();
  return ready;
}

// The favicon's mark, drawn large.
const mark = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#256ef4"/><path d="M8 22l6-8 4 5 6-9" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>')}`;

const el = (type: string, style: Record<string, string | number>, children?: unknown, props: Record<string, unknown> = {}) => ({ type, props: { style, children, ...props } });

/** The PNG bytes of the share image for one language's texts. */
export async function renderShareImage(text: ShareText): Promise<Uint8Array> {
  const fonts = await setup();
  const tree = el(
    'div',
    { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 80px 56px', background: '#ffffff', borderTop: '16px solid #256ef4', fontFamily: 'Pretendard', color: '#1e2124', wordBreak: 'keep-all' },
    [
      el('img', { width: 96, height: 96 }, undefined, { src: mark, width: 96, height: 96 }),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 60, fontWeight: 700, lineHeight: 1.2 }, text.name),
        el('div', { fontSize: 31, fontWeight: 400, lineHeight: 1.45, color: '#464c53', marginTop: 20 }, text.tagline),
      ]),
      el('div', { fontSize: 28, fontWeight: 700, color: '#0b50d0' }, text.publisher),
    ],
    { lang: text.lang },
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    ...SHARE_IMAGE,
    fonts: [
      { name: 'Pretendard', data: fonts.regular, weight: 400, style: 'normal' },
      { name: 'Pretendard', data: fonts.bold, weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
}

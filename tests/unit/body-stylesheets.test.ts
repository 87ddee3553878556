import { describe, expect, it } from 'vitest';
import { repeatStylesheetsInBody } from '../../src/lib/body-stylesheets.ts';

const a = '<link rel="stylesheet" href="/_astro/Base.css">';
const b = '<link rel="stylesheet" href="/_astro/page.css">';
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">${head}<link rel="icon" href="/favicon.svg"></head><body class="x">${body}</body></html>`;

describe('repeatStylesheetsInBody', () => {
  it('repeats the head stylesheet links, in order, right after the body start tag', () => {
    expect(repeatStylesheetsInBody(page(a + b, '<main>본문</main>'))).toBe(page(a + b, `${a}${b}<main>본문</main>`));
  });

  it('leaves other head links where they are and copies none of them', () => {
    const out = repeatStylesheetsInBody(page(`<link rel="expect" href="#footer" blocking="render">${a}`, '<p>x</p>'));
    expect(out.split('<body class="x">')[1]).toBe(`${a}<p>x</p></body></html>`);
  });

  it('does not repeat them twice when run again', () => {
    const once = repeatStylesheetsInBody(page(a + b, '<p>x</p>'));
    expect(repeatStylesheetsInBody(once)).toBe(once);
  });

  it('leaves a page without stylesheets, or without a body, unchanged', () => {
    expect(repeatStylesheetsInBody(page('', '<p>x</p>'))).toBe(page('', '<p>x</p>'));
    const fragment = `<head>${a}</head>`;
    expect(repeatStylesheetsInBody(fragment)).toBe(fragment);
  });

  it('takes the body start tag after the head, not a "<body" in a head attribute', () => {
    const head = `<meta name="description" content="a <body> tag">${a}`;
    expect(repeatStylesheetsInBody(page(head, '<p>x</p>'))).toBe(page(head, `${a}<p>x</p>`));
  });

  it('copies only links from the head, not a stylesheet link already in the body', () => {
    const html = page(a, `<p>x</p>${b}`);
    expect(repeatStylesheetsInBody(html)).toBe(page(a, `${a}<p>x</p>${b}`));
  });
});

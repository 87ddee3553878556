import { describe, expect, it } from 'vitest';
import { dataset, governmentService, jsonLdText } from '../../src/lib/json-ld.ts';
import { pageMeta } from '../../src/lib/page-meta.ts';
import { robotsTxt, sitemapXml } from '../../src/lib/sitemap.ts';
import { headersFile, metaPolicy, securityHeaders } from '../../src/lib/security.ts';
import { renderShareImage, SHARE_IMAGE } from '../../src/lib/share-image.ts';

const site = new URL('https://example.kr');

describe('JSON-LD', () => {
  it('describes a programme as a GovernmentService led by its ministry', () => {
    const ld = governmentService({
      name: 'Scale-up TIPS', description: 'Matches private investment', url: 'https://example.kr/en/programmes/scale-up-tips/', locale: 'en',
      provider: 'Ministry of SMEs and Startups', operators: ['KOSME'], audience: ['Startups', 'Venture companies'], serviceType: 'R&D funding',
    });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'Scale-up TIPS',
      description: 'Matches private investment',
      url: 'https://example.kr/en/programmes/scale-up-tips/',
      inLanguage: 'en',
      serviceType: 'R&D funding',
      provider: { '@type': 'GovernmentOrganization', name: 'Ministry of SMEs and Startups' },
      serviceOperator: [{ '@type': 'GovernmentOrganization', name: 'KOSME' }],
      audience: [{ '@type': 'BusinessAudience', audienceType: 'Startups' }, { '@type': 'BusinessAudience', audienceType: 'Venture companies' }],
      areaServed: { '@type': 'Country', name: 'KR' },
    });
  });

  it('leaves out serviceOperator when the source names no operator', () => {
    const ld = governmentService({ name: 'n', description: 'd', url: 'u', locale: 'ko', provider: '중소벤처기업부', operators: [], audience: ['중소기업'], serviceType: 'R&D' });
    expect(ld).not.toHaveProperty('serviceOperator');
  });

  it('describes the open data as a Dataset with downloads per part', () => {
    const ld = dataset({
      name: 'Open data', description: 'All figures', url: 'https://example.kr/en/data/', basedOn: ['Plan'], sourcePublisher: 'MSS', years: [2019, 2023],
      parts: [{ name: 'Figures', description: 'Numbers', files: [{ url: 'https://example.kr/data/figures.csv', encodingFormat: 'text/csv' }] }],
    });
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      temporalCoverage: '2019/2023',
      isBasedOn: [{ '@type': 'CreativeWork', name: 'Plan', creator: { name: 'MSS' } }],
      hasPart: [{ '@type': 'Dataset', name: 'Figures', distribution: [{ '@type': 'DataDownload', contentUrl: 'https://example.kr/data/figures.csv', encodingFormat: 'text/csv' }] }],
    });
  });

  it('cannot close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('sitemap', () => {
  it('lists each page with ko, en and x-default alternates, sorted', () => {
    const xml = sitemapXml([pageMeta('en', '/tasks/1-1/', site), pageMeta('ko', '/tasks/1-1/', site)]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml.indexOf('<loc>https://example.kr/en/tasks/1-1/</loc>')).toBeLessThan(xml.indexOf('<loc>https://example.kr/tasks/1-1/</loc>'));
    expect(xml).toContain(
      '  <url>\n    <loc>https://example.kr/tasks/1-1/</loc>\n' +
        '    <xhtml:link rel="alternate" hreflang="ko" href="https://example.kr/tasks/1-1/"/>\n' +
        '    <xhtml:link rel="alternate" hreflang="en" href="https://example.kr/en/tasks/1-1/"/>\n' +
        '    <xhtml:link rel="alternate" hreflang="x-default" href="https://example.kr/tasks/1-1/"/>\n  </url>',
    );
  });
  it('robots.txt names the sitemap', () => {
    expect(robotsTxt('https://example.kr/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.kr/sitemap.xml\n');
  });
});

describe('security headers', () => {
  it('reads the policy of a page and adds frame-ancestors for the header', () => {
    const policy = metaPolicy(`<head><meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self'"></head>`)!;
    expect(policy).toBe("default-src 'none'; script-src 'self'");
    expect(securityHeaders(policy)['Content-Security-Policy']).toBe("default-src 'none'; script-src 'self'; frame-ancestors 'none';");
  });
  it('writes the _headers format', () => {
    expect(headersFile({ '/*': { 'X-A': '1', 'X-B': '2' }, '/x.csv': { 'Content-Type': 'text/csv' } })).toBe('/*\n  X-A: 1\n  X-B: 2\n\n/x.csv\n  Content-Type: text/csv\n');
  });
});

describe('share image', () => {
  it('is a 1200×630 PNG', async () => {
    const png = Buffer.from(await renderShareImage({ lang: 'ko', name: '중소기업 기술혁신 정책 누리집', tagline: '기술로드맵(2022~2024)', publisher: '중소벤처기업부 자료 기반' }));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
  });
});

// schema.org JSON-LD for search engines: programmes as GovernmentService, the open-data files as Dataset.
// Built from plain values so the shapes are unit-tested; the pages pass their own texts and URLs.
import type { Locale } from '../schemas/common.ts';

export type JsonLd = Record<string, unknown>;

const context = 'https://schema.org';
const korea = { '@type': 'Country', name: 'KR' };
const organization = (name: string) => ({ '@type': 'GovernmentOrganization', name });

export interface ServiceInput {
  name: string;
  description: string;
  url: string;
  locale: Locale;
  /** The responsible ministry, which leads the programme. */
  provider: string;
  /** Agencies that run it, when the source names them. */
  operators: string[];
  /** Who it is for, in the page's language. */
  audience: string[];
  /** Kind of support, in the page's language. */
  serviceType: string;
}

/** A support programme as a `GovernmentService`. */
export function governmentService(s: ServiceInput): JsonLd {
  return {
    '@context': context,
    '@type': 'GovernmentService',
    name: s.name,
    description: s.description,
    url: s.url,
    inLanguage: s.locale,
    serviceType: s.serviceType,
    provider: organization(s.provider),
    ...(s.operators.length > 0 && { serviceOperator: s.operators.map(organization) }),
    audience: s.audience.map((audienceType) => ({ '@type': 'BusinessAudience', audienceType })),
    areaServed: korea,
  };
}

export interface DatasetInput {
  name: string;
  description: string;
  url: string;
  /** Title of each source document the data is taken from, and who published them. */
  basedOn: string[];
  sourcePublisher: string;
  /** First and last year of the figures. */
  years: [number, number];
  parts: { name: string; description: string; files: { url: string; encodingFormat: string }[] }[];
}

/** The open data as one `Dataset` with a part per file family, each with its downloads. */
export function dataset(d: DatasetInput): JsonLd {
  return {
    '@context': context,
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: d.url,
    inLanguage: ['ko', 'en'],
    isAccessibleForFree: true,
    isBasedOn: d.basedOn.map((name) => ({ '@type': 'CreativeWork', name, creator: organization(d.sourcePublisher) })),
    temporalCoverage: `${d.years[0]}/${d.years[1]}`,
    spatialCoverage: korea,
    hasPart: d.parts.map((p) => ({
      '@type': 'Dataset',
      name: p.name,
      description: p.description,
      inLanguage: ['ko', 'en'],
      distribution: p.files.map((f) => ({ '@type': 'DataDownload', contentUrl: f.url, encodingFormat: f.encodingFormat })),
    })),
  };
}

/** Text for a `<script type="application/ld+json">`: `<` escaped so no value can close the element. */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

import { z } from 'astro/zod';

/** Locales of the site; the first is the source language and the default. */
export const locales = ['ko', 'en'] as const;
export type Locale = (typeof locales)[number];

/** An HTML tag, comment or processing instruction. */
const markup = /<\/?[a-z!?]/i;
/** A character reference (which also spells tags: `&lt;b&gt;`); a text field would publish it as it is written. */
const reference = /&(#\d+|#x[0-9a-f]+|lt|gt|amp|quot|apos|nbsp);/i;

/** Text fields carry no markup: content is text, the templates own the HTML. */
export function plainText(max = 1000) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !markup.test(s), 'plain text without HTML tags')
    .refine((s) => !reference.test(s), 'plain text with characters as they are (write & or < itself, not &amp; or &lt;)');
}

/** The title of a page or entry: plain text that fits a heading. */
export const title = plainText(200);

/** A short text in both languages; `en` may be pending, which the site shows as a visible fallback. */
export const bilingual = z
  .object({ ko: plainText(), en: plainText().optional() })
  .strict();
export type Bilingual = z.infer<typeof bilingual>;

/** Kebab-case identifier used for slugs and references. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id (a-z, 0-9, -)');
/** A task id such as `1-1`. */
export const taskId = z.string().regex(/^\d+-\d+$/, 'task id like 1-1');
/** A measure id such as `2022-1-1-2`: year, task, position. */
export const measureId = z.string().regex(/^\d{4}-\d+-\d+-\d+$/, 'measure id like 2022-1-1-2');
/** A year the plan can speak of. */
export const year = z.number().int('a whole year like 2023').min(2000, 'a year from 2000 to 2100').max(2100, 'a year from 2000 to 2100');
/** Year and month, `YYYY-MM`. */
export const yearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a year and month like 2019-12');


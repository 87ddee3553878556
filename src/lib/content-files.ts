// Where content lives and how file paths become ids; shared by Astro's loaders and the content check.

/** The content folder, relative to the project root. */
export const contentDir = './content';

/**
 * Id of a localized MDX file: `2022/1-1-2.ko.mdx` → `2022-1-1-2`, `roadmap-2022.en.mdx` → `roadmap-2022`.
 * Folders become part of the id so that a measure's year is written once, in its path.
 */
export function localizedFileId(path: string): string {
  return path.replace(/\.(ko|en)\.mdx$/, '').replaceAll('/', '-');
}

/** Locale of a localized MDX file, or undefined when the name carries none. */
export function localeOfFile(path: string): 'ko' | 'en' | undefined {
  return /\.(ko|en)\.mdx$/.exec(path)?.[1] as 'ko' | 'en' | undefined;
}

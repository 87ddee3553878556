// `{name}` placeholders of UI strings. Its own module so the browser scripts can use it without pulling in
// the dictionaries of src/lib/i18n.ts.

/** The template with each `{name}` replaced by its parameter; unknown names stay as written. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

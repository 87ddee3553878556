// Schema problems of one file, each naming the field, what was expected and what was found.
import type { ZodType } from 'astro/zod';
import type { Parsed, Path } from './parse.ts';

export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
}

/** One line per problem, the format staff read. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}  ${p.field}  ${p.message}`;
}

/** `figures[2].source.quote` */
export function fieldName(path: Path): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '') || '(file)';
}

/** How a written value reads in a message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
}

function expectation(issue: Issue): string {
  // A message written in a schema says what is expected in the words of the content; zod's own ones do not.
  if (!/^(Invalid input|Invalid option|Too small|Too big)/.test(issue.message)) return issue.message;
  const limit = Number(issue.minimum ?? issue.maximum);
  const bound = `${issue.inclusive === false ? (issue.code === 'too_small' ? 'more than' : 'less than') : issue.code === 'too_small' ? 'at least' : 'at most'} ${limit}`;
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' entries' : '';
  switch (issue.code) {
    case 'invalid_type':
      return `${/^[aeiou]/.test(issue.expected ?? '') ? 'an' : 'a'} ${issue.expected}`;
    case 'invalid_value':
      return `one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(' | ')}`;
    case 'too_small':
      if (limit === 1 && issue.origin === 'string') return 'a text that is not empty';
      if (limit === 1 && issue.origin === 'array') return 'at least one entry';
      return `${bound}${unit}`;
    case 'too_big':
      return `${bound}${unit}`;
    default:
      return issue.message.replace(/^Invalid input: expected /, '');
  }
}

/** Validates parsed data with a schema and turns each issue into a located problem. */
export function validate(file: string, parsed: Parsed, schema: ZodType): { data?: unknown; problems: Problem[] } {
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, problems: [] };
  const problems = (result.error.issues as Issue[]).flatMap((issue): Problem[] => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return (issue.keys ?? []).map((key) => ({
        file,
        line: parsed.lineOf([...path, key]),
        field: fieldName([...path, key]),
        message: `expected no field "${key}" here (misspelt or misplaced?), found ${describe(parsed.valueAt([...path, key]))}`,
      }));
    }
    return [{ file, line: parsed.lineOf(path), field: fieldName(path), message: `expected ${expectation(issue)}, found ${describe(parsed.valueAt(path))}` }];
  });
  return { problems };
}

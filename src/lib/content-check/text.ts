// Screening of a file's characters before it is parsed: what Astro reads the same way is accepted (a UTF-8
// byte-order mark, CRLF line ends), what would publish something other than what staff see is refused.

/** Characters that are invisible or reorder text, with the names staff can search for. */
const invisible: Record<string, string> = {
  '\u00AD': 'SOFT HYPHEN',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
};
// C0 controls other than tab and line ends, DEL, and the characters above.
const hidden = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F${Object.keys(invisible).join('')}]`);

/**
 * The text to parse (without a leading byte-order mark, which Astro also ignores), or the first line that
 * carries a character staff cannot see or Korean in decomposed form (NFD), which would publish as it is.
 */
export function screenText(raw: string): { text: string } | { line: number; message: string } {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const char = hidden.exec(line)?.[0];
    if (char !== undefined) {
      const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      return { line: i + 1, message: `expected visible characters only, found the invisible character ${code}${invisible[char] ? ` (${invisible[char]})` : ''}: delete it` };
    }
    if (line !== line.normalize('NFC')) {
      const word = line.split(/[^\p{L}\p{M}\p{N}]+/u).find((w) => w !== w.normalize('NFC'))!;
      return {
        line: i + 1,
        message: `expected composed Korean (Unicode NFC), found decomposed characters (NFD, as some Mac programs save text) in ${JSON.stringify(word.normalize('NFC'))}: retype it, or save the file as NFC`,
      };
    }
  }
  return { text };
}

// The Content-Security-Policy and the other security headers. astro.config.mjs gives these sources to
// Astro's CSP support, which renders the policy as a <meta http-equiv> on every page and adds the hash of
// every script and style Astro itself may inline (no 'unsafe-inline'); after the build the same policy
// goes into /_headers for Netlify/Cloudflare. Nothing is allowed from other origins; 'wasm-unsafe-eval'
// and connect-src 'self' are for Pagefind's search (WASM and index fragments under /pagefind/).
import { createHash } from 'node:crypto';
import { finderPendingScript } from './finder.ts';

/** SHA-256 hashes (CSP form) of the inline scripts Astro does not hash itself (`is:inline`). */
export const inlineScriptHashes = [finderPendingScript].map((text) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const);

/** Directives besides script-src and style-src (which Astro writes with its hashes). */
export const directives = ["default-src 'none'", "img-src 'self'", "connect-src 'self'", "base-uri 'none'", "form-action 'self'"] as const;
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];
export const styleSources = ["'self'"];

/** frame-ancestors works only as a header (a meta element may not carry it). */
const headerOnly = "frame-ancestors 'none';";

/** Response headers for every path, given the policy of the pages' meta element. */
export function securityHeaders(metaPolicy: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${metaPolicy.trim().replace(/;?$/, ';')} ${headerOnly}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Strict-Transport-Security': 'max-age=31536000',
    'X-Frame-Options': 'DENY',
  };
}

/** The CSP of a built page's meta element, or undefined. */
export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/** A `_headers` file (Netlify and Cloudflare Pages format): each path pattern with its indented headers. */
export function headersFile(rules: Record<string, Record<string, string>>): string {
  return Object.entries(rules)
    .map(([path, headers]) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n\n') + '\n';
}

// What the cross-engine tests learn from a page the same way in every engine, WebKit included (its WebDriver
// reports no console messages): a small script served first in each page's head records errors, failed loads
// and CSP violations; a report-only copy of the site's policy makes every engine post violations to the server,
// also with JavaScript off; and fixture pages (a deliberately broken page) are served beside the site.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Runs first in every page: window.__probe collects errors and CSP violations as the page meets them. */
const probeScript = `(() => {
  const probe = (window.__probe = { errors: [], violations: [] });
  addEventListener('error', (e) => {
    const t = e.target;
    probe.errors.push(t && t !== window && (t.src || t.href) ? 'failed to load ' + (t.src || t.href) : e.message + ' (' + e.filename + ':' + e.lineno + ')');
  }, true);
  addEventListener('unhandledrejection', (e) => probe.errors.push('unhandled rejection: ' + ((e.reason && e.reason.message) || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => probe.violations.push(e.violatedDirective + ' ' + e.blockedURI));
  const error = console.error.bind(console);
  console.error = (...args) => { probe.errors.push(args.map(String).join(' ')); error(...args); };
})();
`;

export interface CspReport {
  document: string;
  directive: string;
  blocked: string;
}

export class Probe {
  readonly reports: CspReport[] = [];
  readonly fixtures: Record<string, { type: string; body: string }>;
  readonly #reportOnly: string;

  /** `policy`: the site's Content-Security-Policy (frame-ancestors left out: WebKit's small screens are frames). */
  constructor(policy: string, fixtures: Record<string, { type: string; body: string }> = {}) {
    this.fixtures = fixtures;
    const directives = policy.split(';').map((d) => d.trim()).filter((d) => d && !d.startsWith('frame-ancestors'));
    this.#reportOnly = [...directives, 'report-uri /__csp-report'].join('; ');
  }

  /** A page with the probe script first in its head, and the report-only policy header. */
  html(body: Buffer): { body: Buffer; headers: Record<string, string> } {
    const text = body.toString('utf8').replace(/<head>/i, '<head><script src="/__probe.js"></script>');
    return { body: Buffer.from(text), headers: { 'content-security-policy-report-only': this.#reportOnly } };
  }

  /** Answers the probe's own paths (its script, the report address, fixtures); false for the site's. */
  async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    if (path === '/__csp-report' && req.method === 'POST') {
      let text = '';
      for await (const chunk of req) text += chunk;
      const report = (JSON.parse(text) as { 'csp-report': Record<string, string> })['csp-report'];
      this.reports.push({ document: report['document-uri'] ?? '', directive: report['effective-directive'] ?? report['violated-directive'] ?? '', blocked: report['blocked-uri'] ?? '' });
      res.writeHead(204).end();
      return true;
    }
    const file = path === '/__probe.js' ? { type: 'text/javascript', body: probeScript } : this.fixtures[path];
    if (!file) return false;
    const probed = file.type.startsWith('text/html') ? this.html(Buffer.from(file.body)) : { body: Buffer.from(file.body), headers: {} };
    res.writeHead(200, { ...probed.headers, 'content-type': file.type }).end(probed.body);
    return true;
  }
}

// A static file server over dist/ on loopback, for browser tests and the benchmark.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Probe } from './probe.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

/** The headers `_headers` of a built site gives every path (its `/*` block), so pages and workers get the
 *  policy and security headers as the production host sends them. */
export async function hostHeaders(root: string): Promise<Record<string, string>> {
  const block = /^\/\*\n((?: {2}.+\n)+)/.exec(await readFile(join(root, '_headers'), 'utf8'))![1]!;
  return Object.fromEntries(block.trim().split('\n').map((line) => line.trim().split(/: (.*)/s).slice(0, 2) as [string, string]));
}

/** Types a static host sends compressed (Netlify and Cloudflare gzip or brotli them); the rest are already compressed. */
const compressible = /^(text\/|application\/(json|xml|javascript|wasm)|image\/svg)/;

/**
 * Serves `root` on 127.0.0.1 at a free port, with optional extra headers on every response; resolves to the
 * base URL and a stop function. `compress` gzips text as the production host does, for timing measurements.
 */
export async function serve(root: string, headers: Record<string, string> = {}, { compress = false, probe }: { compress?: boolean; probe?: Probe } = {}): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const send = (req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer) => {
    const gzip = compress && compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const probed = probe && type.startsWith('text/html') ? probe.html(body) : undefined;
    res.writeHead(status, { ...headers, ...probed?.headers, 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
    const sent = probed?.body ?? body;
    res.end(gzip ? gzipSync(sent) : sent);
  };
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (probe && (await probe.handle(req, res, path))) return;
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      send(req, res, 200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(req, res, 404, 'text/html; charset=utf-8', await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found')));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) };
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort, startServer, waitForUrl } from '../processes';
import { BIN } from '../stack';

/** Throughput and latency of one URL under 64 concurrent connections. */
export interface Throughput {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export async function loadTest(url: string, seconds: number, headers: Record<string, string> = {}): Promise<Throughput> {
  const result = await autocannon({ url, connections: 64, duration: seconds, headers });
  const failed = result.errors + result.timeouts + result.non2xx;
  return { requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors: failed };
}

/**
 * The floor to compare with: a minimal static file server in Node (static-server.ts, its own process), holding in
 * memory the same bytes and the headers that matter (type, encoding) the site answered for each path.
 */
export async function startStaticServer(pages: Map<string, { body: Buffer; contentType: string; contentEncoding?: string }>) {
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-static-'));
  const listed: Record<string, { file: string; contentType: string; contentEncoding?: string }> = {};
  [...pages.entries()].forEach(([url, page], index) => {
    writeFileSync(path.join(folder, `${index}.body`), page.body);
    listed[url] = { file: `${index}.body`, contentType: page.contentType, contentEncoding: page.contentEncoding };
  });
  writeFileSync(path.join(folder, 'pages.json'), JSON.stringify(listed));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = startServer('static server', path.join(BIN, 'tsx'), [path.join(__dirname, '..', 'static-server.ts'), folder, String(port)], {
    cwd: folder,
    env: process.env,
  });
  await waitForUrl(`${url}${[...pages.keys()][0]}`, server, 30000);
  return {
    url,
    close: async () => {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The bytes a browser asking for gzip gets for a page, as the static server should serve them. */
export async function pageBytes(url: string) {
  return new Promise<{ body: Buffer; contentType: string; contentEncoding?: string }>((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          if (response.statusCode !== 200) reject(new Error(`${url} answered ${response.statusCode}`));
          else
            resolve({
              body: Buffer.concat(chunks),
              contentType: String(response.headers['content-type'] ?? 'text/html'),
              contentEncoding: response.headers['content-encoding'] as string | undefined,
            });
        });
      })
      .on('error', reject);
  });
}

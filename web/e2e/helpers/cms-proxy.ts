import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A counting reverse proxy between the website and the CMS, for the browser tests: it forwards every request unchanged
 * and notes each GraphQL request the website makes (POST /graphql) with its operation name, so a test can tell how many
 * round trips a page costs. When the CMS is down it answers 502 Bad Gateway, as a real reverse proxy would, and the
 * website treats that as the CMS being unreachable (src/lib/cms/availability.ts).
 *
 * It runs inside Jest's global setup process (which outlives every test file): the tests, in their own module context,
 * reach it over HTTP only, through GET /__counts and POST /__reset.
 */
export interface GraphqlCounts {
  /** GraphQL requests since the last reset, in the order they arrived. */
  operations: string[];
}

export interface CmsProxy {
  url: string;
  close(): Promise<void>;
}

const COUNTS_PATH = '/__counts';
const RESET_PATH = '/__reset';
/** Headers that describe one hop, not the request (RFC 9110, 7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade']);

/** The operation a GraphQL request body names: Apollo sends `operationName`; a bare query is named by its text. */
export function operationName(body: string): string {
  try {
    const parsed = JSON.parse(body) as { operationName?: unknown; query?: unknown };
    if (typeof parsed.operationName === 'string' && parsed.operationName) return parsed.operationName;
    const named = typeof parsed.query === 'string' ? /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(parsed.query) : null;
    return named?.[1] ?? 'anonymous';
  } catch {
    return 'unparsable';
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function endToEndHeaders(headers: IncomingMessage['headers']): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  return kept;
}

/** Starts the proxy on a free port of its own, in front of the CMS at `target`. */
export function startCmsProxy(target: string): Promise<CmsProxy> {
  const targetUrl = new URL(target);
  // A connection per request: an idle connection the CMS closes just as the proxy reuses it would fail the request
  // (ECONNRESET), an error of the proxy's own that the website would get as the CMS's.
  const agent = new Agent({ keepAlive: false });
  const counts: GraphqlCounts = { operations: [] };

  const forward = async (request: IncomingMessage, response: ServerResponse) => {
    // Bodies are buffered: GraphQL requests are small, and the operation name is needed before forwarding.
    const body = await readBody(request);
    if (request.method === 'POST' && new URL(request.url ?? '/', targetUrl).pathname === '/graphql') {
      counts.operations.push(operationName(body.toString('utf8')));
    }
    const upstream = httpRequest(
      new URL(request.url ?? '/', targetUrl),
      {
        method: request.method,
        headers: { ...endToEndHeaders(request.headers), host: targetUrl.host, 'content-length': String(body.length) },
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, endToEndHeaders(answer.headers));
        answer.pipe(response);
      },
    );
    upstream.on('error', (error) => {
      if (response.headersSent) response.destroy(error);
      else response.writeHead(502, { 'content-type': 'text/plain' }).end(`The CMS at ${target} did not answer: ${error.message}`);
    });
    upstream.end(body);
  };

  const server: Server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === COUNTS_PATH) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(counts));
    } else if (request.method === 'POST' && request.url === RESET_PATH) {
      counts.operations = [];
      response.writeHead(204).end();
    } else {
      forward(request, response).catch((error: unknown) => response.destroy(error instanceof Error ? error : new Error(String(error))));
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () =>
          new Promise((closed) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => closed());
          }),
      }),
    );
  });
}

/** What the website asked the CMS over GraphQL since the last reset (test side). */
export async function graphqlCounts(proxyUrl: string): Promise<GraphqlCounts> {
  const response = await fetch(`${proxyUrl}${COUNTS_PATH}`);
  if (!response.ok) throw new Error(`the CMS proxy at ${proxyUrl} answered ${response.status} for its counts`);
  return (await response.json()) as GraphqlCounts;
}

export async function resetGraphqlCounts(proxyUrl: string): Promise<void> {
  const response = await fetch(`${proxyUrl}${RESET_PATH}`, { method: 'POST' });
  if (!response.ok) throw new Error(`the CMS proxy at ${proxyUrl} answered ${response.status} to a reset`);
}

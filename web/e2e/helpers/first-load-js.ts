import { gzipSync } from 'node:zlib';

/**
 * First-load JavaScript of a page, measured from what its server really sends: the scripts a browser fetches when it
 * opens the page, each gzipped at level 9 on our side (as Next.js's own "First Load JS" figure did), so the figure does
 * not depend on how a server compresses. Also used by the benchmarks (bench/).
 *
 * Counted: every `<script src>` and every `<link rel="preload|modulepreload" as="script">` of the HTML. Left out:
 * `<script nomodule>` (the legacy polyfills, which modern browsers skip), and inline scripts, whose bytes are mostly the
 * page's own content serialised for hydration (React's RSC payload): they grow with the text of the page, not with its
 * code, and are reported apart (`inline`) for information.
 */
export interface FirstLoadJavaScript {
  /** Uncompressed bytes of the external scripts. */
  bytes: number;
  /** The same, gzipped one by one at level 9. */
  gzipBytes: number;
  /** Their absolute URLs, in document order. */
  scripts: string[];
  /** Inline JavaScript of the HTML (React's RSC payload, Turbopack's chunk list), not counted above. */
  inline: { bytes: number; gzipBytes: number };
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b([^>]*?)\/?>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const JAVASCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    found.set(name.toLowerCase(), (double ?? single ?? bare ?? '').replace(/&amp;/g, '&'));
  }
  return found;
}

/** The external scripts and the inline JavaScript a browser runs when it opens this HTML. */
export function scriptsOfHtml(html: string, pageUrl: string): { scripts: string[]; inline: string[] } {
  const scripts = new Set<string>();
  const inline: string[] = [];
  for (const [, attributeSource, body] of html.matchAll(SCRIPT)) {
    const found = attributes(attributeSource);
    if (!JAVASCRIPT_TYPES.has((found.get('type') ?? '').toLowerCase()) || found.has('nomodule')) continue;
    const src = found.get('src');
    if (src) scripts.add(new URL(src, pageUrl).href);
    else if (body.trim()) inline.push(body);
  }
  for (const [, attributeSource] of html.matchAll(LINK)) {
    const found = attributes(attributeSource);
    const rel = (found.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = found.get('href');
    const isScript = rel.includes('modulepreload') || (rel.includes('preload') && found.get('as') === 'script');
    if (href && isScript) scripts.add(new URL(href, pageUrl).href);
  }
  return { scripts: [...scripts], inline };
}

const gzipLength = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

export async function firstLoadJavaScript(pageUrl: string): Promise<FirstLoadJavaScript> {
  const page = await fetch(pageUrl);
  if (!page.ok) throw new Error(`${pageUrl} answered ${page.status}: no first-load JavaScript to measure`);
  const { scripts, inline } = scriptsOfHtml(await page.text(), page.url);
  const bodies = await Promise.all(
    scripts.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`script ${url} of ${pageUrl} answered ${response.status}`);
      return Buffer.from(await response.arrayBuffer());
    }),
  );
  return {
    bytes: bodies.reduce((total, body) => total + body.length, 0),
    gzipBytes: bodies.reduce((total, body) => total + gzipLength(body), 0),
    scripts,
    inline: {
      bytes: inline.reduce((total, body) => total + Buffer.byteLength(body), 0),
      gzipBytes: inline.length > 0 ? gzipLength(inline.join('\n')) : 0,
    },
  };
}

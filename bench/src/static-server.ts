/**
 * The minimal static file server the serving benchmark compares with, in a process of its own (as the servers it is
 * compared with are): `tsx static-server.ts <folder> <port>` serves, from memory, the pages listed in <folder>/pages.json
 * ({ "/path": { "file": "...", "contentType": "...", "contentEncoding": "gzip" } }).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

interface Listed {
  file: string;
  contentType: string;
  contentEncoding?: string;
}

const [folder, port] = process.argv.slice(2);
const listed = JSON.parse(readFileSync(path.join(folder, 'pages.json'), 'utf8')) as Record<string, Listed>;
const pages = new Map(
  Object.entries(listed).map(([url, page]) => {
    const body = readFileSync(path.join(folder, page.file));
    const headers: Record<string, string | number> = { 'content-type': page.contentType, 'content-length': body.length };
    if (page.contentEncoding) headers['content-encoding'] = page.contentEncoding;
    return [url, { body, headers }];
  }),
);

http
  .createServer((request, response) => {
    const page = pages.get(request.url ?? '');
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, page.headers).end(page.body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`static server on ${port}`));

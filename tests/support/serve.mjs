// A plain static host for the built site, like a CDN without redirect rules:
// it serves dist/ under BASE_PATH, answers misses with 404.html, and sends the headers of dist/_headers.
// Usage: node tests/support/serve.mjs <dir> <port> [base]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './headers.mjs';

const [dir = 'dist', port = '4400', rawBase = '/'] = process.argv.slice(2);
const root = resolve(dir);
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const headersFile = resolve(root, '_headers');
const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
const notFound = readFileSync(resolve(root, '404.html'));
const files = sirv(root, { dev: true, etag: true, extensions: ['html'] });

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) res.setHeader(name, value);
  const miss = () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFound);
  };
  if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) return miss();
  // A folder asked for without its slash gets one, as most static hosts do.
  const inner = url.pathname.slice(base.length - 1) || '/';
  if (!inner.endsWith('/') && !inner.split('/').pop()?.includes('.') && existsSync(resolve(root, `.${inner}`, 'index.html'))) {
    res.statusCode = 301;
    res.setHeader('Location', `${url.pathname}/${url.search}`);
    return res.end();
  }
  req.url = inner + url.search;
  files(req, res, miss);
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});

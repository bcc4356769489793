// The app:// scheme: serves the built renderer to the window (no file:// URLs, whose origin is shared
// with every local file) with the same strict CSP and headers as browser mode.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { APP_SCHEME, appPathOf } from './guard';
import { SECURITY_HEADERS } from './server/security';
import { resolveStatic } from './server/static-files';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json', '.map': 'application/json',
};

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = appPathOf(request.url);
    const file = path === null ? null : resolveStatic(rendererDir, path);
    if (!file) return new Response('not found', { status: 404, headers: { ...SECURITY_HEADERS } });
    const body = await readFile(file);
    return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' } });
  });
}

// `serve --open`: hands the URL to the OS's default browser. Only ever our own loopback URL.
import { spawn } from 'node:child_process';

export function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] :
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] :
    ['xdg-open', [url]];
  const child = spawn(cmd, args as string[], { detached: true, stdio: 'ignore' });
  child.on('error', () => console.error(`benchmatch: could not open a browser (${cmd}); open the address above yourself.`));
  child.unref();
}

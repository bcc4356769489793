// The Electron shell's URL rules: only the app's own origin stays in the window; only plain web links
// go to the OS browser; everything else is refused.
import { describe, expect, it } from 'vitest';
import { appPathOf, isInternalUrl, isSafeExternalUrl, navigationVerdict } from '../../../electron/guard';

describe('isInternalUrl', () => {
  it.each([
    'app://bench/',
    'app://bench/index.html',
    'app://bench/engineers/eng-1?zone=America%2FNew_York',
    'APP://BENCH/assets/x.js',
  ])('accepts %s', (u) => expect(isInternalUrl(u)).toBe(true));

  it.each([
    'https://bench/',
    'app://bench.evil.com/',
    'app://evil/',
    'app://user:pw@bench/',
    'app://bench:8080/',
    'file:///etc/passwd',
    'http://127.0.0.1:5173/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '',
  ])('refuses %s', (u) => expect(isInternalUrl(u)).toBe(false));

  it('checks against a given origin (browser-mode style)', () => {
    expect(isInternalUrl('http://127.0.0.1:4000/x', 'http://127.0.0.1:4000')).toBe(true);
    expect(isInternalUrl('http://127.0.0.1:4001/x', 'http://127.0.0.1:4000')).toBe(false);
    expect(isInternalUrl('http://localhost:4000/x', 'http://127.0.0.1:4000')).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://example.org/cv', 'http://example.org'])('accepts %s', (u) => expect(isSafeExternalUrl(u)).toBe(true));
  it.each([
    'file:///C:/Windows/system32/calc.exe',
    'smb://host/share',
    'ms-msdt:/id',
    'javascript:alert(1)',
    'https://user:pw@example.org/',
    'app://bench/',
    'mailto:a@b.c',
    'garbage',
  ])('refuses %s', (u) => expect(isSafeExternalUrl(u)).toBe(false));
});

describe('navigationVerdict', () => {
  it('lets in-app navigation through and refuses foreign origins and redirects', () => {
    expect(navigationVerdict('app://bench/engineers/x', 'navigate')).toBe('allow');
    expect(navigationVerdict('https://evil.example/', 'navigate')).toBe('deny');
    expect(navigationVerdict('https://evil.example/', 'redirect')).toBe('deny');
    expect(navigationVerdict('file:///etc/passwd', 'navigate')).toBe('deny');
  });
  it('sends web links opened as new windows to the OS browser, and nothing else', () => {
    expect(navigationVerdict('https://example.org/', 'new-window')).toBe('open-externally');
    expect(navigationVerdict('app://bench/', 'new-window')).toBe('deny');
    expect(navigationVerdict('file:///tmp/x', 'new-window')).toBe('deny');
  });
});

describe('appPathOf', () => {
  it('maps app URLs to renderer paths and refuses escapes', () => {
    expect(appPathOf('app://bench/assets/a.js')).toBe('/assets/a.js');
    // The URL parser resolves encoded dots itself: the path stays under the renderer's root.
    expect(appPathOf('app://bench/%2e%2e/%2e%2e/etc/passwd')).toBe('/etc/passwd');
    expect(appPathOf('app://bench/a/..%2f..%2fsecret')).toBeNull();
    expect(appPathOf('https://bench/assets/a.js')).toBeNull();
  });
});

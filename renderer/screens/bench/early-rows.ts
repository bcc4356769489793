// The Bench's first request, sent as early as the page can send it. At the app's start the renderer
// parses its code, renders the frame, and only then runs BenchScreen's effects; on the Bench's own URL
// main.tsx sends the first block of the view in the URL before React mounts, so the server answers
// while React renders. useBenchPage takes that answer once, if it asks for the same thing; later loads
// ask the server again.
import type { BenchPage } from '../../../shared/api/bench-page';
import { api } from '../../api/client';
import { readView } from './url-state';
import { pageRequest, type PageInput } from './page-request';

let early: { request: string; answer: Promise<BenchPage> } | undefined;

/** Sends the first block of the URL's view now (main.tsx, when the app opens on the Bench). */
export function askBenchRowsEarly(): void {
  const view = readView(new URLSearchParams(location.search));
  const request = pageRequest(view.q, view.facets, view.sorting, 0);
  early = { request: JSON.stringify(request), answer: api.benchPage(request) };
  // A failure is reported by the screen when it takes the answer; this only keeps it from being "unhandled" meanwhile.
  early.answer.catch(() => {});
}

/** The early answer if it was for `request` and is not yet taken. */
export function takeEarlyPage(request: PageInput): Promise<BenchPage> | undefined {
  const e = early;
  early = undefined;
  return e && e.request === JSON.stringify(request) ? e.answer : undefined;
}

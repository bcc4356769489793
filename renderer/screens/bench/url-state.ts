// The Bench view lives in the URL (?q=...&country=BR&country=MX&sort=name.asc), so a view can be
// bookmarked, shared with a colleague on the same bench, and restored by Back.
import type { SortingState } from '@tanstack/react-table';
import { AVAILABILITY_STATUSES, CEFR, SENIORITIES, VETTING_STATUSES, type Cefr } from '../../../shared/bench/schema';
import type { SearchFacets } from '../../../shared/search/types';

export type ListFacet = 'country' | 'seniority' | 'skill' | 'availability' | 'vettingStatus' | 'tag';
export const LIST_FACETS: readonly ListFacet[] = ['country', 'seniority', 'skill', 'availability', 'vettingStatus', 'tag'];

/** URL parameter per facet (short, readable). */
export const FACET_PARAM: Record<ListFacet | 'englishAtLeast', string> = {
  country: 'country', seniority: 'seniority', skill: 'skill', availability: 'availability', vettingStatus: 'vetting', tag: 'tag', englishAtLeast: 'english',
};

const ALLOWED: Partial<Record<ListFacet, readonly string[]>> = {
  seniority: SENIORITIES, availability: AVAILABILITY_STATUSES, vettingStatus: VETTING_STATUSES,
};

export interface BenchView {
  q: string;
  facets: SearchFacets;
  sorting: SortingState;
}

export function readView(params: URLSearchParams): BenchView {
  const facets: SearchFacets = {};
  for (const f of LIST_FACETS) {
    const allowed = ALLOWED[f];
    // Values outside an enum (a hand-edited URL) are dropped rather than sent to be refused.
    const values = params.getAll(FACET_PARAM[f]).filter((v) => v && (!allowed || allowed.includes(v)));
    if (values.length) (facets as Record<string, string[]>)[f] = values;
  }
  const english = params.get(FACET_PARAM.englishAtLeast);
  if (english && (CEFR as readonly string[]).includes(english)) facets.englishAtLeast = english as Cefr;
  const sorting: SortingState = [];
  const sort = params.get('sort');
  const m = sort ? /^([A-Za-z]+)\.(asc|desc)$/.exec(sort) : null;
  if (m) sorting.push({ id: m[1]!, desc: m[2] === 'desc' });
  return { q: params.get('q') ?? '', facets, sorting };
}

export function writeView(view: BenchView): URLSearchParams {
  const p = new URLSearchParams();
  if (view.q) p.set('q', view.q);
  for (const f of LIST_FACETS) for (const v of (view.facets[f] as string[] | undefined) ?? []) p.append(FACET_PARAM[f], v);
  if (view.facets.englishAtLeast) p.set(FACET_PARAM.englishAtLeast, view.facets.englishAtLeast);
  const s = view.sorting[0];
  if (s) p.set('sort', `${s.id}.${s.desc ? 'desc' : 'asc'}`);
  return p;
}

export function hasFilters(view: BenchView): boolean {
  return view.q.trim() !== '' || Object.keys(view.facets).length > 0;
}

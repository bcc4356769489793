// Free-text search over the bench (matching.md "Search"): the Bench screen calls it on every keystroke.
import { z } from 'zod';
import { EXPECTED } from '../bench/schema-words';
import { AVAILABILITY_STATUSES, CEFR, SENIORITIES, VETTING_STATUSES } from '../bench/schema';
import type { FacetCounts } from '../search/types';
import type { MatchReason } from '../search/why';
import { method } from './define';

const list = <T extends z.ZodType>(item: T) => z.array(item).max(200).optional();

export const searchFacetsSchema = z.strictObject({
  country: list(z.string().regex(/^[A-Za-z]{2}$/, EXPECTED.country)),
  seniority: list(z.enum(SENIORITIES)),
  skill: list(z.string().min(1).max(80)),
  englishAtLeast: z.enum(CEFR).optional(),
  availability: list(z.enum(AVAILABILITY_STATUSES)),
  vettingStatus: list(z.enum(VETTING_STATUSES)),
  tag: list(z.string().min(1).max(60)),
});

export interface SearchResponse {
  query: string;
  /** Hits before limit/offset. */
  total: number;
  /** Best first: score desc, then engineer id. */
  results: {
    engineerId: string; name: string; score: number;
    /** Why a concept query ("machine learning") matched this engineer. */ why?: string;
    /** With `explain`: which field each word of the query matched (name, skill, city...), for the row to show. */ matched?: MatchReason[];
  }[];
  facets: FacetCounts;
}

export const searchApi = {
  search: method(z.object({
    query: z.string().max(1000),
    limit: z.number().int().min(0).max(10_000).optional(),
    offset: z.number().int().min(0).optional(),
    facets: searchFacetsSchema.optional(),
    includeArchived: z.boolean().optional(),
    /** Say which field each word matched (`matched`), for a screen; the CLI's --json shape leaves it out. */
    explain: z.boolean().optional(),
  }))<SearchResponse>(),
};

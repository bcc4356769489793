import type { AvailabilityStatus, Cefr, Seniority, VettingStatus } from '../bench/schema';

/** Facet filters. Within a facet, values are OR-ed (country BR or MX), except `skill`: every listed
 *  skill is required, as a recruiter ticking Python and PyTorch means both. Facets are AND-ed together. */
export interface SearchFacets {
  country?: string[];
  seniority?: Seniority[];
  skill?: string[];
  englishAtLeast?: Cefr;
  availability?: AvailabilityStatus[];
  vettingStatus?: VettingStatus[];
  tag?: string[];
}

/** Counts per facet value over the query's hits. Each facet is counted with every OTHER facet's filter
 *  applied but not its own (disjunctive faceting), so ticking BR still shows how many MX there are.
 *  `englishAtLeast` is cumulative: C1 counts engineers at C1 or C2. `skill` and `tag` list the 30
 *  most frequent values. Engineers without a value (no English level, no availability) are not counted. */
export interface FacetCounts {
  country: Record<string, number>;
  seniority: Record<string, number>;
  skill: Record<string, number>;
  englishAtLeast: Record<string, number>;
  availability: Record<string, number>;
  vettingStatus: Record<string, number>;
  tag: Record<string, number>;
}

export interface SearchOptions {
  facets?: SearchFacets;
  includeArchived?: boolean;
  /** Default 50. */
  limit?: number;
  offset?: number;
  /** Skip computing facet counts (default: counted). */
  counts?: boolean;
}

export interface SearchHit {
  engineerId: string;
  /** 0..1: the mean over the query's terms of how strong each hit was (a whole-skill hit at level 5 is 1). */
  score: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: FacetCounts;
}

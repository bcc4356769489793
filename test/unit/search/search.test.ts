import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../shared/search';
import { BENCH, eng } from './engineers';

const index = buildSearchIndex(BENCH);
const ids = (q: string, opts = {}) => index.search(q, opts).hits.map((h) => h.engineerId);

describe('search: terms, aliases, accents, typos', () => {
  it('finds a skill by its canonical name, its alias and across case', () => {
    // Ranked by level: Pedro has Kubernetes 5, João 4, Valentina 3.
    expect(ids('kubernetes')).toEqual(['e06', 'e02', 'e01']);
    expect(ids('k8s')).toEqual(['e06', 'e02', 'e01']);
    expect(ids('K8S')).toEqual(['e06', 'e02', 'e01']);
    expect(ids('postgres').sort()).toEqual(['e02', 'e07']);
    expect(ids('golang')).toEqual(['e02']);
  });

  it('is accent-insensitive both ways', () => {
    expect(ids('rios')).toEqual(['e01']);
    expect(ids('Ríos', { includeArchived: true }).sort()).toEqual(['e01', 'e05']);
    expect(ids('sao paulo')).toEqual(['e02']);
    expect(ids('medellin')).toEqual(['e03']);
  });

  it('forgives one typo at 4-7 letters and two from 8', () => {
    expect(ids('pyhton').sort()).toEqual(['e01', 'e03', 'e04']);
    expect(ids('kubernetse')).toEqual(['e06', 'e02', 'e01']);
    expect(ids('kubrenetse')).toEqual(['e06', 'e02', 'e01']);
    // Three edits are too many even for a long word.
    expect(ids('kbrenetse ')).toEqual([]);
    expect(ids('terrafrom')).toEqual(['e06']);
    // Three letters get no correction: "gp" is not "go".
    expect(ids('pyt ')).toEqual([]);
  });

  it('ranks a whole-skill hit above a summary hit', () => {
    const r = ids('python');
    expect(r.indexOf('e03')).toBe(r.length - 1);
    expect(r[0]).toBe('e01');
  });

  it('ANDs terms across fields', () => {
    expect(ids('python mexico')).toEqual(['e01']);
    expect(ids('python argentina')).toEqual(['e04']);
    expect(ids('fintech go')).toEqual(['e02']);
    expect(ids('python ruby')).toEqual([]);
  });

  it('matches the last word as a prefix while typing, not once finished', () => {
    expect(ids('pyt').sort()).toEqual(['e01', 'e03', 'e04']);
    expect(ids('guadal')).toEqual(['e01']);
    expect(ids('guadal ')).toEqual([]);
    expect(ids('pyt fintech')).toEqual([]);
    expect(ids('fintech pytho')).toEqual(['e01']);
  });

  it('treats adjacent words that name a skill as the whole skill', () => {
    expect(ids('google cloud')).toEqual(['e04']);
    expect(index.search('google cloud').hits[0]!.score).toBeGreaterThan(0.5);
  });
});

describe('search: operators', () => {
  it('-term excludes', () => {
    expect(ids('python -pytorch').sort()).toEqual(['e03', 'e04']);
    expect(ids('-python').sort()).toEqual(['e02', 'e06', 'e07']);
  });

  it('"quoted phrase" needs the words in order within one field', () => {
    expect(ids('"machine learning"').sort()).toEqual(['e04', 'e07']);
    expect(ids('"learning machine"')).toEqual([]);
    expect(ids('"buenos aires"')).toEqual(['e04']);
  });

  it('field prefixes limit a term to one field', () => {
    expect(ids('skill:python').sort()).toEqual(['e01', 'e04']);
    expect(ids('skill:k8s').sort()).toEqual(['e01', 'e02', 'e06']);
    expect(ids('skill:kubernets').sort()).toEqual(['e01', 'e02', 'e06']);
    expect(ids('skill:"google cloud"')).toEqual(['e04']);
    expect(ids('country:BR').sort()).toEqual(['e02', 'e06']);
    expect(ids('country:brazil').sort()).toEqual(['e02', 'e06']);
    expect(ids('country:mexico')).toEqual(['e01']);
    expect(ids('seniority:lead')).toEqual(['e04']);
    expect(ids('tag:llm')).toEqual(['e01']);
    expect(ids('tag:llm', { includeArchived: true }).sort()).toEqual(['e01', 'e05']);
    expect(ids('-country:br skill:kubernetes')).toEqual(['e01']);
    expect(ids('seniority:sen').sort()).toEqual(['e01', 'e06']);
  });

  it('an unknown prefix or a lone minus is harmless text', () => {
    expect(ids('python -')).toEqual(ids('python'));
    expect(ids('foo:bar')).toEqual([]);
  });
});

describe('search: facets', () => {
  it('filters by every facet', () => {
    expect(ids('', { facets: { country: ['BR'] } }).sort()).toEqual(['e02', 'e06']);
    expect(ids('', { facets: { seniority: ['senior', 'lead'] } }).sort()).toEqual(['e01', 'e04', 'e06']);
    expect(ids('', { facets: { skill: ['python', 'spark'] } })).toEqual(['e04']);
    expect(ids('', { facets: { englishAtLeast: 'C1' } }).sort()).toEqual(['e01', 'e04']);
    expect(ids('', { facets: { availability: ['available'] } }).sort()).toEqual(['e01', 'e03', 'e07']);
    expect(ids('', { facets: { vettingStatus: ['sourced', 'screening'] } }).sort()).toEqual(['e02', 'e06']);
    expect(ids('', { facets: { tag: ['FinTech'] } }).sort()).toEqual(['e01', 'e02']);
  });

  it('counts values over the hits, each facet without its own filter', () => {
    const r = index.search('kubernetes', { facets: { country: ['BR'] } });
    expect(r.total).toBe(2);
    expect(r.hits.map((h) => h.engineerId).sort()).toEqual(['e02', 'e06']);
    // country ignores its own filter: MX is still offered.
    expect(r.facets.country).toEqual({ MX: 1, BR: 2 });
    // other facets count only the BR hits.
    expect(r.facets.seniority).toEqual({ mid: 1, senior: 1 });
    expect(r.facets.skill.Kubernetes).toBe(2);
    expect(r.facets.skill.Go).toBe(1);
    expect(r.facets.englishAtLeast).toEqual({ B2: 2, B1: 2, A2: 2, A1: 2 });
    expect(r.facets.vettingStatus).toEqual({ screening: 1, sourced: 1 });
    expect(r.facets.tag).toEqual({ fintech: 1 });
  });
});

describe('search: archived, paging, order', () => {
  it('leaves archived engineers out unless asked', () => {
    expect(ids('langchain')).toEqual([]);
    expect(ids('langchain', { includeArchived: true })).toEqual(['e05']);
    expect(index.search('', {}).total).toBe(6);
    expect(index.search('', { includeArchived: true }).total).toBe(7);
  });

  it('pages with limit and offset over a deterministic order (score desc, then id)', () => {
    const all = ids('', { includeArchived: true });
    expect(all).toEqual(['e01', 'e02', 'e03', 'e04', 'e05', 'e06', 'e07']);
    expect(ids('', { includeArchived: true, limit: 2, offset: 3 })).toEqual(['e04', 'e05']);
    const r = index.search('python');
    const scores = r.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(buildSearchIndex([...BENCH].reverse()).search('python')).toEqual(r);
  });

  it('finds custom skills the taxonomy does not know', () => {
    expect(ids('haskell-ish')).toEqual(['e06']);
    expect(index.engineer('e06')?.name).toBe('Pedro Alves');
    expect(index.engineer('nope')).toBeUndefined();
  });

  it('handles an empty bench', () => {
    expect(buildSearchIndex([]).search('python')).toMatchObject({ total: 0, hits: [] });
    expect(buildSearchIndex([eng('x')]).search('').total).toBe(1);
  });
});

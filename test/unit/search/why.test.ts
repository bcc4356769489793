// Why a row matched (issue 18), and a name ranking above a city: "rios" and "rio" on a bench with people
// named Ríos and people living in Rio de Janeiro.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, parseQuery } from '../../../shared/search';
import { whyMatched } from '../../../shared/search/why';
import { eng } from './engineers';

const bench = [
  eng('r1', { name: 'Ana Souza', city: 'Rio de Janeiro', skills: [{ name: 'Python', level: 4 }] }),
  eng('r2', { name: 'Bruno Lima', city: 'Rio de Janeiro', primaryRole: 'Data Engineer' }),
  eng('n1', { name: 'Valentina Ríos', country: 'MX', city: 'Guadalajara', timeZone: 'America/Mexico_City', skills: [{ name: 'Kubernetes', level: 3 }] }),
  eng('n2', { name: 'Tomás Ríos Peña', country: 'AR', city: 'Rosario', timeZone: 'America/Argentina/Cordoba' }),
];
const index = buildSearchIndex(bench);
const ids = (q: string) => index.search(q, { limit: 10 }).hits.map((h) => h.engineerId);
const why = (id: string, q: string) => whyMatched(bench.find((e) => e.id === id)!, parseQuery(q));

describe('search: name above city, and why', () => {
  it('ranks people named Ríos above people in Rio de Janeiro', () => {
    expect(ids('rios').slice(0, 2).sort()).toEqual(['n1', 'n2']);
    const rio = ids('rio');
    expect(rio.slice(0, 2).sort()).toEqual(['n1', 'n2']);
    expect(rio.slice(2).sort()).toEqual(['r1', 'r2']);
  });

  it('says which field each word matched: the name word to mark, a skill, a city, a role', () => {
    expect(why('n2', 'rios')).toEqual([{ field: 'name', value: 'Tomás Ríos Peña', word: 'Ríos' }]);
    expect(why('r1', 'rio')).toEqual([{ field: 'city', value: 'Rio de Janeiro' }]);
    expect(why('r1', 'k8s python')).toEqual([{ field: 'skill', value: 'Python' }]);
    expect(why('n1', 'k8s')).toEqual([{ field: 'skill', value: 'Kubernetes' }]);
    expect(why('r2', 'pyhton data')).toEqual([{ field: 'role', value: 'Data Engineer' }]);
    // Typos are forgiven as the index forgives them; excluded words and field searches explain nothing.
    expect(why('n1', 'valentna')).toEqual([{ field: 'name', value: 'Valentina Ríos', word: 'Valentina' }]);
    expect(why('n1', '-rio skill:kubernetes')).toEqual([]);
  });
});

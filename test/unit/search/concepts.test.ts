// Concept search (issue 16): "machine learning" finds engineers by the skills of that field and by
// primary role, in three languages, and each result says why it matched.
import { describe, expect, it } from 'vitest';
import type { Engineer } from '../../../shared/bench/schema';
import { buildSearchIndex, parseQuery } from '../../../shared/search';
import { expandConcepts, whyConcepts } from '../../../shared/search/concepts';

const eng = (id: string, skills: string[], extra: Partial<Engineer> = {}): Engineer => ({
  id, name: `Person ${id}`, country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'mid', skills: skills.map((name) => ({ name, level: 3 })), ...extra,
});

const BENCH = [
  eng('e1', ['PyTorch', 'Python']),
  eng('e2', ['scikit-learn', 'Pandas'], { country: 'MX', timeZone: 'America/Mexico_City' }),
  eng('e3', ['React', 'TypeScript']),
  eng('e4', ['Go'], { primaryRole: 'ML Engineer' }),
  eng('e5', ['Kubernetes', 'Terraform']),
  eng('e6', ['MLflow', 'Kubeflow']),
];

describe('concept search', () => {
  const index = buildSearchIndex(BENCH);
  const ids = (q: string) => index.search(q).hits.map((h) => h.engineerId).sort();

  it('finds engineers by the family skills and primary role of a field, in English, Spanish and Portuguese', () => {
    expect(ids('machine learning')).toEqual(['e1', 'e2', 'e4', 'e6']);
    expect(ids('aprendizaje automático')).toEqual(['e1', 'e2', 'e4', 'e6']);
    expect(ids('aprendizado de máquina')).toEqual(['e1', 'e2', 'e4', 'e6']);
    expect(ids('mlops')).toEqual(['e4', 'e5', 'e6']);
    expect(ids('devops')).toEqual(['e5']);
  });

  it('ANDs a concept with the other terms and facets, and keeps quoted phrases literal', () => {
    expect(ids('machine learning mexico')).toEqual(['e2']);
    expect(ids('"machine learning"')).toEqual([]);
    expect(index.search('machine learning', { facets: { country: ['BR'] } }).hits.map((h) => h.engineerId).sort()).toEqual(['e1', 'e4', 'e6']);
  });

  it('says why each engineer matched', () => {
    const { concepts } = expandConcepts(parseQuery('machine learning'));
    expect(whyConcepts(BENCH[0]!, concepts)).toBe('Machine Learning: PyTorch');
    expect(whyConcepts(BENCH[3]!, concepts)).toBe('Machine Learning: ML Engineer');
    expect(whyConcepts(BENCH[2]!, concepts)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { SKILLS, SKILL_CATEGORIES, TAXONOMY_SOURCES, relatedSkills, resolveSkill, skillKey } from '../../../shared/taxonomy';
import { fold } from '../../../shared/text/fold';

// The aliases the bench-format README promises (../shared/bench-format/README.md).
const README_ALIASES: [string, string][] = [
  ['JS', 'JavaScript'], ['TS', 'TypeScript'], ['k8s', 'Kubernetes'], ['Postgres', 'PostgreSQL'], ['Golang', 'Go'],
  ['NodeJS', 'Node.js'], ['Node', 'Node.js'], ['ReactJS', 'React'], ['React.js', 'React'], ['sklearn', 'scikit-learn'],
  ['GCP', 'Google Cloud'], ['AWS', 'Amazon Web Services'], ['TF', 'TensorFlow'], ['HF', 'Hugging Face'], ['Vue.js', 'Vue'],
  ['C-Sharp', 'C#'],
];

describe('taxonomy data', () => {
  it('holds a few hundred skills across every category', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(300);
    for (const cat of SKILL_CATEGORIES.filter((c) => c !== 'custom')) {
      expect(SKILLS.filter((s) => s.category === cat).length, cat).toBeGreaterThanOrEqual(20);
    }
    for (const s of SKILLS) expect(SKILL_CATEGORIES).toContain(s.category);
  });

  it('resolves every README alias, in any case', () => {
    for (const [alias, name] of README_ALIASES) {
      for (const form of [alias, alias.toLowerCase(), alias.toUpperCase(), ` ${alias} `]) {
        expect(resolveSkill(form), form).toEqual({ name, known: true, category: expect.any(String) });
      }
    }
  });

  it('keeps the canonical names other code and the eval bench rely on', () => {
    for (const name of ['Amazon Web Services', 'Google Cloud', 'Kubernetes', 'PostgreSQL', 'Node.js', 'React', 'scikit-learn',
      'Hugging Face', 'TensorFlow', 'Vue', 'C#', 'Go', 'Python', 'PyTorch', 'Spark', 'Airflow', 'Kafka', 'dbt', 'MLflow']) {
      expect(resolveSkill(name).name).toBe(name);
    }
  });

  it('maps no alias to two skills and no name twice', () => {
    const owner = new Map<string, string>();
    for (const s of SKILLS) {
      for (const k of [s.name, ...s.aliases]) {
        const key = fold(k).trim();
        const prev = owner.get(key);
        expect(prev === undefined || prev === s.name, `${k}: ${prev} and ${s.name}`).toBe(true);
        owner.set(key, s.name);
      }
    }
  });

  it('relates only skills that exist, symmetrically, never to themselves', () => {
    const names = new Set(SKILLS.map((s) => s.name));
    for (const s of SKILLS) {
      for (const r of s.related) expect(names.has(r), `${s.name} -> ${r}`).toBe(true);
      for (const r of relatedSkills(s.name)) {
        expect(r).not.toBe(s.name);
        expect(relatedSkills(r)).toContain(s.name);
      }
    }
    expect(relatedSkills('pytorch')).toContain('TensorFlow');
    expect(relatedSkills('AWS')).toEqual(expect.arrayContaining(['Google Cloud', 'Azure']));
  });

  it('turns an unknown name into a custom skill, keyed case-insensitively', () => {
    expect(resolveSkill('  Quantum   Basket Weaving ')).toEqual({ name: 'Quantum Basket Weaving', known: false, category: 'custom' });
    expect(skillKey('QUANTUM basket weaving')).toBe(skillKey('quantum basket weaving'));
    expect(skillKey('k8s')).toBe(skillKey('Kubernetes'));
  });

  it('credits its sources', () => {
    expect(TAXONOMY_SOURCES.join(' ')).toMatch(/Linguist/);
    expect(TAXONOMY_SOURCES.join(' ')).toMatch(/O\*NET.*CC BY 4\.0/);
  });
});

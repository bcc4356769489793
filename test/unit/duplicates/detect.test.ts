// Duplicate detection on a generated bench with known duplicates of every kind and hard negatives
// (test/fixtures/duplicates.ts): precision and recall at the default threshold, per kind; namesakes and
// colleagues never shown; reasons in words. Plus the normalizers and the name comparison on their own.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_SCORE, findDuplicates } from '../../../shared/duplicates/detect';
import { emailKey, nameTokens, profileKey } from '../../../shared/duplicates/identity';
import { compareNames } from '../../../shared/duplicates/names';
import type { Engineer } from '../../../shared/bench/schema';
import { labelledBench, pairKey } from '../../fixtures/duplicates';

describe('identity keys', () => {
  it('normalizes e-mails, LinkedIn and GitHub links written in any form', () => {
    expect(emailKey(' Ana.Lima+jobs@GMail.com ')).toBe('analima@gmail.com');
    expect(emailKey('ana.lima@empresa.com.br')).toBe('ana.lima@empresa.com.br');
    for (const l of ['https://www.linkedin.com/in/ana-lima-123/', 'br.linkedin.com/in/ana-lima-123?trk=x', 'http://linkedin.com/in/Ana-Lima-123']) expect(profileKey(l)).toBe('linkedin:ana-lima-123');
    expect(profileKey('github.com/ALima/')).toBe('github:alima');
    expect(profileKey('https://alima.dev')).toBeNull();
    expect(nameTokens('Mª José de la Cruz Ríos')).toEqual(['maria', 'jose', 'cruz', 'rios']);
  });

  it('compares Latin-American names: accents, a dropped surname, an initial, a typo; not namesakes of a different surname', () => {
    const cmp = (a: string, b: string) => compareNames(a, b, nameTokens(a), nameTokens(b));
    expect(cmp('María José García López', 'MARIA JOSE GARCIA LOPEZ')?.how).toBe('same name without accents');
    expect(cmp('María José García López', 'María García')?.how).toBe('a second name or surname missing');
    expect(cmp('Juan Pablo Pérez', 'J. P. Pérez')?.how).toBe('an initial');
    expect(cmp('Juan Pérez Gómez', 'Juan Péerz Gómez')?.how).toBe('a typo');
    expect(cmp('Juan Pérez', 'Juan Gómez')).toBeNull();
    expect(cmp('Juan Pérez', 'Pedro Pérez')).toBeNull();
    // A name's other gender is another person, not a typo.
    expect(cmp('Rafael Braga Barros', 'Rafaela Braga Barros')).toBeNull();
    expect(cmp('Júlio Melo', 'Júlia Melo')).toBeNull();
  });
});

describe('a common name needs more than the name', () => {
  // Forty "Matheus Silva <surname>" in one city and one "Matheus Silva": the short name fits every one of
  // them, so a shared specialty and city are not enough; the same skills at the same levels and the same
  // years and seniority are.
  const skills = [{ name: 'Python', level: 4 }, { name: 'Django', level: 3 }, { name: 'PostgreSQL', level: 3 }, { name: 'Docker', level: 2 }];
  const person = (id: string, name: string, levels: number[], years: number, seniority: 'mid' | 'senior'): Engineer => ({
    id, name, country: 'BR', city: 'São Paulo', timeZone: 'America/Sao_Paulo', seniority, yearsExperience: years,
    skills: skills.map((s, i) => ({ ...s, level: levels[i]! })),
  } as Engineer);
  const surnames = Array.from({ length: 40 }, (_, i) => `Sobrenome${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  const many = surnames.map((s, i) => person(`eng-${100 + i}`, `Matheus Silva ${s}`, [2, 5, 1, 4], 12, 'senior'));
  it('does not pair a common short name with a namesake of the same specialty', () => {
    const pairs = findDuplicates([...many, person('eng-001', 'Matheus Silva', [4, 3, 3, 2], 5, 'mid')]);
    expect(pairs.filter((p) => p.a === 'eng-001')).toEqual([]);
  });
  it('pairs it with the record that agrees on skills, levels, years and seniority', () => {
    const twin = person('eng-099', 'Matheus Silva Pereira', [4, 3, 3, 2], 5, 'mid');
    const pairs = findDuplicates([...many, twin, person('eng-001', 'Matheus Silva', [4, 3, 3, 2], 5, 'mid')]);
    expect(pairs.filter((p) => p.a === 'eng-001').map((p) => p.b)).toEqual(['eng-099']);
  });
});

describe('findDuplicates on a labelled bench', () => {
  const { bench, duplicates, negatives } = labelledBench({ engineers: 3000, duplicates: 160 });
  const pairs = findDuplicates(bench.engineers!);
  const found = new Set(pairs.map((p) => pairKey(p.a, p.b)));

  it('finds the known duplicates of every kind (recall >= 0.9) and little else (precision >= 0.95)', () => {
    const truePositives = [...found].filter((k) => duplicates.has(k)).length;
    const precision = truePositives / Math.max(1, found.size);
    const recall = truePositives / duplicates.size;
    console.log(`duplicates: ${duplicates.size} known, ${found.size} found, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    const byKind = new Map<string, [number, number]>();
    for (const [k, kind] of duplicates) {
      const [hit, all] = byKind.get(kind) ?? [0, 0];
      byKind.set(kind, [hit + (found.has(k) ? 1 : 0), all + 1]);
    }
    for (const [kind, [hit, all]] of byKind) expect(hit / all, kind).toBeGreaterThanOrEqual(0.75);
  });

  it('never shows the hard negatives at the default threshold', () => {
    expect([...negatives].filter((k) => found.has(k))).toEqual([]);
  });

  it('gives every pair its reasons in words, best first', () => {
    expect(pairs.every((p) => p.reasons.length > 0 && p.score >= DEFAULT_MIN_SCORE && p.a < p.b)).toBe(true);
    expect(pairs.map((p) => p.score)).toEqual([...pairs.map((p) => p.score)].sort((x, y) => y - x));
    const viaLinkedIn = pairs.find((p) => duplicates.get(pairKey(p.a, p.b)) === 'linkedin_only');
    expect(viaLinkedIn?.reasons).toContain('same LinkedIn profile');
  });
});

// Field accuracy and skill F1 of the CV reader over the corpus, read from real PDF, DOCX and text files.
// The floors are the level reached when this was written: a change that reads CVs worse fails here.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../db/documents/read';
import { draftCv } from '../../../shared/cv/draft';
import { CVS, TODAY, type ExpectedCv } from '../../fixtures/documents/cvs';
import { cvBytes } from '../../fixtures/documents/files';

const FIELDS = ['name', 'email', 'country', 'city', 'timeZone', 'englishLevel', 'yearsExperience', 'primaryRole', 'seniority'] as const;

describe('CV reader accuracy over the corpus', () => {
  it('reads the fields and skills of every CV above the floors', async () => {
    let right = 0;
    let asked = 0;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const cv of CVS) {
      const doc = await readDocument(await cvBytes(cv), cv.file);
      const draft = draftCv(doc.text, TODAY);
      for (const f of FIELDS) {
        const want = cv.expected[f as keyof ExpectedCv];
        if (want === undefined) continue;
        asked++;
        const got = draft.fields[f]?.value;
        const ok = f === 'yearsExperience' ? typeof got === 'number' && Math.abs(got - (want as number)) <= 1 : got === want;
        if (ok) right++;
        else misses.push(`${cv.file} ${f}: ${String(got)} (expected ${String(want)})`);
      }
      const got = new Set(draft.skills.map((s) => s.value));
      const want = new Set(cv.expected.skills);
      for (const s of got) if (want.has(s)) tp++; else { fp++; misses.push(`${cv.file} extra skill ${s}`); }
      for (const s of want) if (!got.has(s)) { fn++; misses.push(`${cv.file} missed skill ${s}`); }
      for (const l of cv.expected.links ?? []) if (!draft.links.some((x) => x.value === l)) misses.push(`${cv.file} missed link ${l}`);
    }
    const accuracy = right / asked;
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(`CV corpus: ${CVS.length} CVs, field accuracy ${(accuracy * 100).toFixed(1)}% (${right}/${asked}), skill precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}`);
    if (misses.length) console.log(misses.join('\n'));
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});

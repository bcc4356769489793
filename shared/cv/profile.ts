// From a reviewed CV draft to an engineer profile the bench accepts, and from a draft plus an existing
// record to the update the person agreed to: values the CV states fill or replace the record's, and
// skills are joined (the higher level and years win), so nothing the bench knew is lost.
import type { KeyedText } from '../api/errors';
import type { Engineer } from '../bench/schema';
import type { CvDraft } from './draft';
import { draftToEngineer } from './draft';

export type CvProfile = Omit<Engineer, 'id' | 'assessments'>;

/** Fields a bench record cannot do without; a CV that states none of them needs the review form. */
export const REQUIRED_FROM_CV = ['name', 'country', 'timeZone'] as const;
export type RequiredFromCv = (typeof REQUIRED_FROM_CV)[number];

const FIELD_KEY = {
  name: 'errors:cv.field.name',
  country: 'errors:cv.field.country',
  timeZone: 'errors:cv.field.timeZone',
} as const satisfies Record<RequiredFromCv, KeyedText['key']>;

/** A required field's name as people call it ("time zone", "zona horaria"), not the bench file's `timeZone`. */
export const cvFieldText = (field: RequiredFromCv): KeyedText => ({ key: FIELD_KEY[field] });

export function profileFromDraft(draft: CvDraft): { profile?: CvProfile; missing: RequiredFromCv[]; warnings: KeyedText[] } {
  const { engineer } = draftToEngineer(draft);
  const missing = REQUIRED_FROM_CV.filter((k) => engineer[k] === undefined);
  const warnings: KeyedText[] = [];
  if (missing.length) return { missing: [...missing], warnings };
  if (!engineer.seniority) warnings.push({ key: 'errors:cv.noSeniority' });
  const profile = { ...engineer, seniority: engineer.seniority ?? 'mid', skills: engineer.skills ?? [] } as CvProfile;
  return { profile, missing: [], warnings };
}

/** `existing` updated with what the CV says. */
export function mergeIntoExisting(existing: Engineer, cv: CvProfile): Engineer {
  const skills = new Map(existing.skills.map((s) => [s.name, s]));
  for (const s of cv.skills) {
    const old = skills.get(s.name);
    skills.set(s.name, old ? { ...old, level: Math.max(old.level, s.level), ...(s.years !== undefined || old.years !== undefined ? { years: Math.max(old.years ?? 0, s.years ?? 0) } : {}), ...(s.lastUsed !== undefined || old.lastUsed !== undefined ? { lastUsed: Math.max(old.lastUsed ?? 0, s.lastUsed ?? 0) } : {}) } : s);
  }
  const links = [...new Set([...(existing.links ?? []), ...(cv.links ?? [])])];
  // The record's vetting status and everything the CV does not speak of stay as they were.
  const { vettingStatus: _v, ...said } = cv;
  return { ...existing, ...said, skills: [...skills.values()], ...(links.length ? { links } : {}) };
}

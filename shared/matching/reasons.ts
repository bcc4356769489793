// One sentence per score component, in the words an account manager uses with a client, in the language
// the caller asks for (the `match` API's `lang`; English for the CLI's JSON, whose contract it is).
import type { TFunction } from 'i18next';
import { formatNumber } from '../i18n/format';
import { translatorFor } from '../i18n/instance';
import type { Language } from '../i18n/languages';
import { KIND_LABEL, RECOMMENDATION_LABEL } from '../vetting/rubric';
import type { ComponentKey, ScoreParts, SkillsDetail, Weights } from './score';
import { COMPONENTS } from './score';
import type { RoleContext } from './eligibility';
import type { PreparedEngineer } from './prepare';

export interface ComponentBreakdown {
  key: ComponentKey;
  label: string;
  /** The weight as set, and whether the component applies to this role at all. */
  weight: number;
  applies: boolean;
  /** 0..1, 2 decimals; null when the component does not apply. */
  value: number | null;
  /** Share of the 0-100 score it earned (the points of all components add up to the score). */
  points: number;
  reason: string;
}

/** Each component's name, declared in full for the catalog test; render with translatorFor(lng, ['matching']). */
export const COMPONENT_LABELS = {
  mustHave: 'matching:component.mustHave',
  niceToHave: 'matching:component.niceToHave',
  assessment: 'matching:component.assessment',
  overlap: 'matching:component.overlap',
  english: 'matching:component.english',
  rate: 'matching:component.rate',
} as const satisfies Record<ComponentKey, string>;

type T = TFunction<['matching', 'rubric']>;

function mustReason(t: T, p: PreparedEngineer, ctx: RoleContext): string {
  if (!ctx.must.length) return t('reason.noMust');
  return ctx.must.map((r) => {
    const s = p.skills.get(r.key);
    if (!s) return t('gap.skillMissing', { skill: r.name });
    return t('reason.mustSkill', {
      skill: r.name, level: s.level,
      verified: s.verifiedOn ? t('reason.verified', { date: s.verifiedOn }) : '',
      years: s.years ? t('reason.yearsShort', { years: s.years }) : '',
      needs: r.minYears ? t('reason.needsLevelYears', { level: r.minLevel, years: r.minYears }) : t('reason.needsLevel', { level: r.minLevel }),
    });
  }).join('; ');
}

function niceReason(t: T, detail: SkillsDetail, ctx: RoleContext): string {
  if (!ctx.nice.length) return t('reason.noNice');
  const has = detail.matched.filter((m) => !m.required).map((m) => t('reason.skillLevel', { skill: m.name, level: m.level }));
  const rel = detail.related.map((r) => t('reason.relatedItem', { via: r.via, level: r.level, wanted: r.wanted }));
  const missing = detail.missing.filter((m) => !m.required && !detail.related.some((r) => r.wanted === m.name)).map((m) => m.name);
  const parts = [
    has.length ? t('reason.niceHas', { skills: has.join(', ') }) : t('reason.niceNone'),
    rel.length ? t('reason.niceRelated', { skills: rel.join(', ') }) : '',
    missing.length ? t('reason.niceLacks', { skills: missing.join(', ') }) : '',
  ].filter(Boolean);
  return parts.join('; ');
}

function assessmentReason(t: T, lng: Language, p: PreparedEngineer): string {
  const a = p.latest;
  if (!a) return t('reason.notAssessed');
  const average = a.rubricAverage === null ? t('reason.noRubric') : t('reason.rubricAverage', { average: formatNumber(lng, a.rubricAverage, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
  const rec = a.recommendation ? t('reason.recommendation', { recommendation: t(RECOMMENDATION_LABEL[a.recommendation]).toLowerCase() }) : '';
  const flags = a.redFlags.length ? t('reason.redFlags', { count: a.redFlags.length }) : '';
  return t('reason.assessment', { kind: t(KIND_LABEL[a.kind]), date: a.date, summary: `${average}${rec}${flags}` });
}

function overlapReason(t: T, hours: number | null, ctx: RoleContext): string {
  if (hours === null) return t('reason.overlapUnknown');
  return t('reason.overlap', { hours, window: `${ctx.coreHours.start}-${ctx.coreHours.end}`, zone: ctx.timeZone });
}

function englishReason(t: T, p: PreparedEngineer): string {
  if (!p.english.level) return t('reason.englishUnknown');
  return p.english.assessedOn ? t('reason.englishAssessed', { level: p.english.level, date: p.english.assessedOn }) : t('reason.englishProfile', { level: p.english.level });
}

function rateReason(t: T, p: PreparedEngineer, ctx: RoleContext): string {
  const cap = ctx.role.maxBillRate;
  const bill = p.engineer.rate?.billPerHour;
  if (cap === undefined) return bill === undefined ? t('reason.noCapNoRate') : t('reason.noCap', { rate: bill });
  if (bill === undefined) return t('reason.noRate', { cap });
  return bill <= cap ? t('reason.underCap', { rate: bill, under: Math.round((cap - bill) * 100) / 100, cap }) : t('reason.overCap', { rate: bill, cap });
}

export function breakdown(
  p: PreparedEngineer, ctx: RoleContext, parts: ScoreParts, weights: Weights, overlapHours: number | null, detail: SkillsDetail, lng: Language,
): ComponentBreakdown[] {
  const t: T = translatorFor(lng, ['matching', 'rubric']);
  let wsum = 0;
  for (const k of COMPONENTS) if (parts.values[k] !== null) wsum += Math.max(0, weights[k]);
  const reasons: Record<ComponentKey, string> = {
    mustHave: mustReason(t, p, ctx),
    niceToHave: niceReason(t, detail, ctx),
    assessment: assessmentReason(t, lng, p),
    overlap: overlapReason(t, overlapHours, ctx),
    english: englishReason(t, p),
    rate: rateReason(t, p, ctx),
  };
  return COMPONENTS.map((key) => {
    const v = parts.values[key];
    const w = Math.max(0, weights[key]);
    return {
      key,
      label: t(COMPONENT_LABELS[key]),
      weight: weights[key],
      applies: v !== null,
      value: v === null ? null : Math.round(v * 100) / 100,
      points: v === null || wsum === 0 ? 0 : Math.round(((100 * w * v) / wsum) * 10) / 10,
      reason: reasons[key],
    };
  });
}

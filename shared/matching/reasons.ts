// One sentence per score component, in the words an account manager uses with a client.
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

export const COMPONENT_LABELS: Record<ComponentKey, string> = {
  mustHave: 'Must-have skills',
  niceToHave: 'Nice-to-have skills',
  assessment: 'Latest assessment',
  overlap: 'Time-zone overlap',
  english: 'English',
  rate: 'Bill rate',
};

const KIND_LABEL = { technical_interview: 'Technical interview', system_design: 'System design', coding_exercise: 'Coding exercise' } as const;
const fmt = (n: number) => String(Math.round(n * 100) / 100);

function mustReason(p: PreparedEngineer, ctx: RoleContext): string {
  if (!ctx.must.length) return 'The role lists no must-have skills.';
  return ctx.must.map((r) => {
    const s = p.skills.get(r.key);
    if (!s) return `${r.name} missing`;
    const years = s.years ? `, ${fmt(s.years)} y` : '';
    const verified = s.verifiedOn ? ` (verified ${s.verifiedOn})` : '';
    const needs = r.minYears ? `needs ${r.minLevel} and ${fmt(r.minYears)} y` : `needs ${r.minLevel}`;
    return `${r.name} ${s.level}/5${verified}${years}, ${needs}`;
  }).join('; ');
}

function niceReason(detail: SkillsDetail, ctx: RoleContext): string {
  if (!ctx.nice.length) return 'The role lists no nice-to-have skills.';
  const has = detail.matched.filter((m) => !m.required).map((m) => `${m.name} ${m.level}/5`);
  const rel = detail.related.map((r) => `${r.via} ${r.level}/5 (related to ${r.wanted})`);
  const missing = detail.missing.filter((m) => !m.required && !detail.related.some((r) => r.wanted === m.name)).map((m) => m.name);
  const parts = [
    has.length ? `Has ${has.join(', ')}` : 'None of the nice-to-haves',
    rel.length ? `related: ${rel.join(', ')}` : '',
    missing.length ? `lacks ${missing.join(', ')}` : '',
  ].filter(Boolean);
  return parts.join('; ');
}

function assessmentReason(p: PreparedEngineer): string {
  const a = p.latest;
  if (!a) return 'Not assessed yet (scores below any solid assessment).';
  const avg = a.rubricAverage === null ? 'no rubric scores' : `rubric ${a.rubricAverage.toFixed(1)}/5`;
  const rec = a.recommendation ? `, recommendation ${a.recommendation.replace('_', ' ')}` : '';
  const flags = a.redFlags.length ? `, ${a.redFlags.length} red flag${a.redFlags.length > 1 ? 's' : ''}` : '';
  return `${KIND_LABEL[a.kind as keyof typeof KIND_LABEL] ?? a.kind} ${a.date}: ${avg}${rec}${flags}`;
}

function overlapReason(hours: number | null, ctx: RoleContext): string {
  const window = `${ctx.coreHours.start}-${ctx.coreHours.end}`;
  if (hours === null) return `Overlap unknown: neither the role nor its client has a time zone.`;
  return `${fmt(hours)} h overlap with ${window} ${ctx.timeZone}`;
}

function englishReason(p: PreparedEngineer): string {
  if (!p.english.level) return 'English level unknown';
  return `English ${p.english.level}${p.english.assessedOn ? ` (assessed ${p.english.assessedOn})` : ' (profile)'}`;
}

function rateReason(p: PreparedEngineer, ctx: RoleContext): string {
  const cap = ctx.role.maxBillRate;
  const bill = p.engineer.rate?.billPerHour;
  if (cap === undefined) return bill === undefined ? 'No budget cap on the role' : `$${fmt(bill)}/h; the role sets no budget cap, so the rate does not count`;
  if (bill === undefined) return `No bill rate on file (cap $${fmt(cap)}/h)`;
  return bill <= cap ? `$${fmt(bill)}/h, $${fmt(cap - bill)}/h under the $${fmt(cap)}/h cap` : `$${fmt(bill)}/h, over the $${fmt(cap)}/h cap`;
}

export function breakdown(
  p: PreparedEngineer, ctx: RoleContext, parts: ScoreParts, weights: Weights, overlapHours: number | null, detail: SkillsDetail,
): ComponentBreakdown[] {
  let wsum = 0;
  for (const k of COMPONENTS) if (parts.values[k] !== null) wsum += Math.max(0, weights[k]);
  const reasons: Record<ComponentKey, string> = {
    mustHave: mustReason(p, ctx),
    niceToHave: niceReason(detail, ctx),
    assessment: assessmentReason(p),
    overlap: overlapReason(overlapHours, ctx),
    english: englishReason(p),
    rate: rateReason(p, ctx),
  };
  return COMPONENTS.map((key) => {
    const v = parts.values[key];
    const w = Math.max(0, weights[key]);
    return {
      key,
      label: COMPONENT_LABELS[key],
      weight: weights[key],
      applies: v !== null,
      value: v === null ? null : Math.round(v * 100) / 100,
      points: v === null || wsum === 0 ? 0 : Math.round(((100 * w * v) / wsum) * 10) / 10,
      reason: reasons[key],
    };
  });
}

// One demo engineer: place, name, archetype skills, seniority-consistent years and rates, English,
// hours, availability, vetting with its assessments, tags and a summary. Every value comes from the
// seeded Rng; nothing personal is real (emails are on example.com / example.org).
import type { Engineer, Hours, Seniority, Skill, VettingStatus } from '../../shared/bench/schema';
import { addDays } from '../../shared/bench/dates';
import { daysFrom } from './days';
import { ARCHETYPES, COMMON_ALIASES, FIRST_YEAR, type Archetype } from './archetypes';
import { generateAssessments } from './assessments';
import { COUNTRIES, type City, type Country } from './geo';
import { asciiSlug, type NamePool } from './names';
import type { Rng } from './rng';
import type { NameLocale } from './geo';

export interface EngineerPlan {
  engineer: Engineer;
  archetype: Archetype;
}

export interface EngineerContext {
  rng: Rng;
  today: string;
  pools: Record<NameLocale, NamePool>;
  assessors: readonly string[];
  /** Names already used per country: the demo avoids "possible duplicate" warnings of its own making. */
  usedNames: Map<string, Set<string>>;
}

export const SENIORITY_WEIGHTS: ReadonlyArray<readonly [Seniority, number]> = [['junior', 15], ['mid', 35], ['senior', 35], ['lead', 15]];
const YEARS: Record<Seniority, readonly [number, number]> = { junior: [1, 3], mid: [3, 6], senior: [6, 11], lead: [9, 18] };
/** Mean claimed level of skills, by seniority. */
const BASE_LEVEL: Record<Seniority, number> = { junior: 2.3, mid: 3.1, senior: 3.9, lead: 4.3 };
/** Cost per hour in USD for an average country and specialty. */
const BASE_COST: Record<Seniority, number> = { junior: 17, mid: 28, senior: 42, lead: 55 };
const ENGLISH: Record<Seniority, ReadonlyArray<readonly [Engineer['englishLevel'] & string, number]>> = {
  junior: [['A2', 8], ['B1', 40], ['B2', 40], ['C1', 12]],
  mid: [['A2', 3], ['B1', 25], ['B2', 47], ['C1', 22], ['C2', 3]],
  senior: [['B1', 12], ['B2', 43], ['C1', 38], ['C2', 7]],
  lead: [['B1', 5], ['B2', 30], ['C1', 50], ['C2', 15]],
};
/** Shifted days some engineers keep, often to overlap more with US clients. */
const OTHER_HOURS: ReadonlyArray<readonly [Hours, number]> = [
  [{ start: '08:00', end: '17:00' }, 4], [{ start: '10:00', end: '19:00' }, 4], [{ start: '07:00', end: '16:00' }, 2],
  [{ start: '11:00', end: '20:00' }, 2], [{ start: '12:00', end: '21:00' }, 1], [{ start: '13:00', end: '22:00' }, 1],
];
const VETTING: ReadonlyArray<readonly [VettingStatus, number]> = [['vetted', 64], ['screening', 12], ['sourced', 14], ['rejected', 10]];
const DOMAIN_TAGS = ['fintech', 'healthcare', 'e-commerce', 'logistics', 'edtech', 'media', 'insurtech', 'govtech', 'gaming', 'saas'];

const countryWeights = COUNTRIES.map((c) => [c, c.weight] as const);

export function pickPlace(rng: Rng): { country: Country; city: City } {
  const country = rng.weighted(countryWeights);
  return { country, city: rng.weighted(country.cities.map((c) => [c, c.weight] as const)) };
}

const archetypeWeights = ARCHETYPES.map((a) => [a, a.weight] as const);

export function generateEngineer(n: number, place: { country: Country; city: City }, ctx: EngineerContext): EngineerPlan {
  const { rng } = ctx;
  const arch = rng.weighted(archetypeWeights);
  const seniority = rng.weighted(SENIORITY_WEIGHTS);
  const [minY, maxY] = YEARS[seniority];
  const yearsExperience = rng.int(minY, maxY);
  const id = `eng-${String(n).padStart(5, '0')}`;
  const { name, emailName } = pickName(place.country, ctx);
  const skills = pickSkills(arch, seniority, yearsExperience, ctx);
  const englishLevel = rng.weighted(ENGLISH[seniority]);

  const cost = BASE_COST[seniority] * place.country.rateFactor * arch.rateFactor * rng.float(0.88, 1.12);
  const costPerHour = Math.round(cost);
  const billPerHour = Math.round(cost * rng.float(1.5, 1.8));

  const vettingStatus = rng.weighted(VETTING);
  const assessments = generateAssessments({ id, seniority, skills, englishLevel, vettingStatus, today: ctx.today, rng, assessors: ctx.assessors });
  const engineer: Engineer = {
    id,
    name,
    email: `${emailName}.${n}@${rng.chance(0.7) ? 'example.com' : 'example.org'}`,
    country: place.country.code,
    city: place.city.city,
    timeZone: place.city.timeZone,
    ...(rng.chance(0.25) ? { workingHours: { ...rng.weighted(OTHER_HOURS) } } : {}),
    englishLevel,
    seniority,
    yearsExperience,
    primaryRole: primaryRoleOf(arch, skills),
    summary: summaryOf(arch, seniority, yearsExperience, place.city.city, skills, rng),
    skills,
    rate: { costPerHour, billPerHour, currency: 'USD' },
    availability: availabilityOf(vettingStatus, ctx),
    vettingStatus,
    tags: tagsOf(arch, englishLevel, place.country.code, rng),
    ...(assessments.length ? { assessments } : {}),
    // Archived: people who left the bench; rejected candidates are archived more often.
    ...(rng.chance(vettingStatus === 'rejected' ? 0.3 : 0.03) ? { archived: true } : {}),
    ...privacyOf(n, ctx.today),
    ...sourcedOf(n, vettingStatus, assessments, ctx.today),
  };
  return { engineer, archetype: arch };
}

/**
 * When the people still being vetted entered sourcing, so the vetting queue has a realistic spread of
 * waits (a demo imported today otherwise waits 0 days everywhere): sourced 1-75 days ago, in screening
 * 14-133 days ago, and always a few days before their first assessment. Derived from the engineer's
 * number, not from the random stream, so every other generated value stays as it was.
 */
function sourcedOf(n: number, status: VettingStatus, assessments: readonly { date: string }[], today: string): Pick<Engineer, 'sourcedDate'> {
  if (status !== 'sourced' && status !== 'screening') return {};
  const derived = status === 'sourced' ? daysFrom(today, -(1 + ((n * 29) % 75))) : daysFrom(today, -(14 + ((n * 41) % 120)));
  const first = assessments.reduce<string | undefined>((min, a) => (min === undefined || a.date < min ? a.date : min), undefined);
  const beforeFirst = first === undefined ? undefined : addDays(first, -3);
  return { sourcedDate: beforeFirst !== undefined && beforeFirst < derived ? beforeFirst : derived };
}

/**
 * A legal basis for most people, as a firm that records consent would hold them: consent given within
 * the last two years, kept for three; about 2% past their retention date and 2% with no basis recorded
 * (an old import), so the Privacy view has work in it. Derived from the engineer's number, not from the
 * random stream, so adding it left every other generated value as it was.
 */
function privacyOf(n: number, today: string): Pick<Engineer, 'privacy'> {
  if (n % 47 === 5) return {};
  const given = daysFrom(today, -((n * 37) % 700) - 1);
  if (n % 53 === 11) return { privacy: { basis: 'consent', consentDate: given, source: 'job board', purpose: 'placement with the firm\'s clients', retainUntil: daysFrom(today, -((n % 90) + 1)) } };
  return { privacy: { basis: n % 5 === 0 ? 'legitimate_interest' : 'consent', consentDate: given, source: n % 3 === 0 ? 'referral' : 'LinkedIn', purpose: 'placement with the firm\'s clients', retainUntil: daysFrom(given, 3 * 365) } };
}

function pickName(country: Country, ctx: EngineerContext): { name: string; emailName: string } {
  const { rng } = ctx;
  const pool = ctx.pools[country.locale];
  const used = ctx.usedNames.get(country.code) ?? ctx.usedNames.set(country.code, new Set()).get(country.code)!;
  let name = '';
  let first = '';
  let last = '';
  for (let attempt = 0; attempt < 30; attempt++) {
    first = rng.pick(rng.chance(0.5) ? pool.female : pool.male);
    // Brazilian names often carry a second given name; pt_BR's surname list is short, so this also
    // widens the space of distinct names.
    const given = country.locale === 'pt_BR' && rng.chance(0.35) ? `${first} ${rng.pick(rng.chance(0.5) ? pool.female : pool.male)}` : first;
    const a = rng.pick(pool.surnames);
    const b = rng.pick(pool.surnames);
    last = a;
    name = b !== a && rng.chance(0.85) ? `${given} ${a} ${b}` : `${given} ${a}`;
    if (!used.has(name)) break;
  }
  used.add(name);
  const firstWord = first.split(' ')[0] ?? first;
  return { name, emailName: `${asciiSlug(firstWord)}.${asciiSlug(last)}` };
}

function pickSkills(arch: Archetype, seniority: Seniority, years: number, ctx: EngineerContext): Skill[] {
  const { rng } = ctx;
  const variant = rng.weighted(arch.variants);
  const chosen: Array<[string, 'core' | 'common' | 'extra']> = [];
  const seen = new Set<string>();
  const add = (s: string, tier: 'core' | 'common' | 'extra') => {
    if (seen.has(s)) return;
    seen.add(s);
    chosen.push([s, tier]);
  };
  for (const s of arch.core) add(s, 'core');
  for (const s of variant) add(s, 'core');
  // Seniors have touched more of their ecosystem.
  const commonP = { junior: 0.3, mid: 0.45, senior: 0.55, lead: 0.6 }[seniority];
  for (const s of arch.common) if (rng.chance(commonP)) add(s, 'common');
  for (const s of arch.extra) if (rng.chance(0.15)) add(s, 'extra');

  const base = BASE_LEVEL[seniority];
  const thisYear = Number(ctx.today.slice(0, 4));
  return chosen.map(([canonical, tier]) => {
    const shift = tier === 'core' ? 0.4 : tier === 'common' ? -0.4 : -1;
    const level = Math.min(5, Math.max(1, Math.round(base + shift + rng.float(-0.8, 0.8))));
    const maxYears = Math.min(years, thisYear - (FIRST_YEAR[canonical] ?? 1990));
    const share = tier === 'core' ? rng.float(0.55, 1) : rng.float(0.15, 0.7);
    const skillYears = Math.max(0.5, Math.round(maxYears * share * 2) / 2);
    const alias = COMMON_ALIASES[canonical];
    const skill: Skill = { name: alias && rng.chance(0.08) ? alias : canonical, level };
    if (rng.chance(0.85)) skill.years = skillYears;
    if (rng.chance(0.5)) skill.lastUsed = tier === 'core' ? thisYear : thisYear - rng.int(0, 3);
    return skill;
  });
}

function primaryRoleOf(arch: Archetype, skills: Skill[]): string {
  if (arch.key === 'devops' && skills.some((s) => s.name === 'MLflow' || s.name === 'Kubeflow')) return 'MLOps Engineer';
  return arch.primaryRole;
}

const SENIORITY_WORD: Record<Seniority, string> = { junior: 'Junior', mid: 'Mid-level', senior: 'Senior', lead: 'Lead' };

function summaryOf(arch: Archetype, seniority: Seniority, years: number, city: string, skills: Skill[], rng: Rng): string {
  const top = [...skills].sort((a, b) => b.level - a.level).slice(0, 3).map((s) => s.name);
  const focus = rng.pick(arch.focus);
  const extra = seniority === 'lead' ? ' Has led teams of 4-8 engineers and owned delivery with client stakeholders.' : '';
  return `${SENIORITY_WORD[seniority]} ${arch.primaryRole} in ${city} with ${years} years of experience, strongest in ${top.join(', ')}. Recent work: ${focus}.${extra}`;
}

function availabilityOf(vetting: VettingStatus, ctx: EngineerContext): NonNullable<Engineer['availability']> {
  const { rng, today } = ctx;
  const hoursPerWeek = rng.weighted([[40, 85], [30, 8], [20, 7]] as const);
  // A rejected candidate is never shown as placed; the rest follow a typical bench mix.
  const status = vetting === 'rejected'
    ? rng.weighted([['available', 60], ['unavailable', 40]] as const)
    : rng.weighted([['available', 45], ['interviewing', 15], ['on_assignment', 30], ['unavailable', 10]] as const);
  switch (status) {
    case 'on_assignment':
      return { status, from: daysFrom(today, rng.int(7, 180)), hoursPerWeek };
    case 'available':
      return rng.chance(0.2) ? { status, from: daysFrom(today, rng.int(1, 21)), hoursPerWeek } : { status, hoursPerWeek };
    default:
      return { status };
  }
}

function tagsOf(arch: Archetype, english: string, country: string, rng: Rng): string[] {
  const tags = rng.sample(DOMAIN_TAGS, rng.int(0, 2));
  if (arch.key === 'ai' || arch.key === 'ml') tags.push('ai');
  if (english === 'C1' || english === 'C2') tags.push('client-facing');
  if (country === 'BR' && rng.chance(0.3)) tags.push('speaks-spanish');
  if (rng.chance(0.06)) tags.push('rehire');
  return tags;
}

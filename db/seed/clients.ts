// Clients in US and European zones, their roles and a shortlist. Roles are drawn around a real
// "anchor" engineer of the bench (vetted, available, inside the overlap window), so each open role has
// genuine matches; budgets, English and overlap are set near the bench's own spread, so engineers of
// the same archetype just outside one limit show up as near misses.
import type { Client, Engineer, Requirement, Role, Seniority, Shortlist } from '../../shared/bench/schema';
import { addDays } from '../../shared/bench/dates';
import { resolveSkill, skillKey } from '../../shared/taxonomy';
import { overlapFor } from '../../shared/matching/overlap';
import type { Archetype } from './archetypes';
import type { EngineerPlan } from './engineers';
import type { Rng } from './rng';

const CLIENTS: readonly Client[] = [
  { id: 'northwind-health', name: 'Northwind Health', timeZone: 'America/New_York', industry: 'Healthcare' },
  { id: 'lakeshore-analytics', name: 'Lakeshore Analytics', timeZone: 'America/Chicago', industry: 'Analytics' },
  { id: 'pacific-retail-labs', name: 'Pacific Retail Labs', timeZone: 'America/Los_Angeles', industry: 'E-commerce' },
  { id: 'tejo-payments', name: 'Tejo Payments', timeZone: 'Europe/Lisbon', industry: 'Fintech' },
  { id: 'castellana-seguros', name: 'Castellana Seguros', timeZone: 'Europe/Madrid', industry: 'Insurance' },
  { id: 'spree-mobility', name: 'Spree Mobility', timeZone: 'Europe/Berlin', industry: 'Mobility' },
  { id: 'front-range-freight', name: 'Front Range Freight', timeZone: 'America/Denver', industry: 'Logistics' },
  { id: 'thames-media', name: 'Thames Media Group', timeZone: 'Europe/London', industry: 'Media' },
];

const TITLE: Record<Archetype['key'], string> = {
  ai: 'AI Engineer', ml: 'Machine Learning Engineer', data: 'Data Engineer', backend: 'Backend Engineer',
  frontend: 'Frontend Engineer', fullstack: 'Full-Stack Engineer', devops: 'DevOps / MLOps Engineer',
};
const MIN_OVERLAP = (zone: string) => (zone.startsWith('Europe/') ? 3 : 4);
const CEFR_ORDER = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export interface ClientBundle {
  clients: Client[];
  roles: Role[];
  shortlists: Shortlist[];
}

export function generateClients(plans: readonly EngineerPlan[], today: string, rng: Rng): ClientBundle {
  const n = plans.length;
  const clientCount = Math.min(CLIENTS.length, Math.max(3, Math.ceil(n / 60)));
  const clients = CLIENTS.slice(0, clientCount).map((c) => ({ ...c, notes: `Demo client (${c.industry?.toLowerCase()}).` }));
  const roleCount = Math.min(24, Math.max(4, Math.ceil(n / 40)));
  // Anchors come from the first few thousand engineers so role generation stays cheap on huge benches.
  const pool = plans.slice(0, 5000).filter(({ engineer: e }) =>
    !e.archived && e.vettingStatus === 'vetted' && (e.seniority === 'senior' || e.seniority === 'lead' || e.seniority === 'mid') &&
    (e.availability?.status === 'available' || e.availability?.status === 'interviewing'));

  const roles: Role[] = [];
  const usedAnchors = new Set<string>();
  for (let r = 0; r < roleCount; r++) {
    const client = clients[r % clients.length]!;
    const anchor = pickAnchor(pool, client, today, usedAnchors, rng);
    if (!anchor) break;
    usedAnchors.add(anchor.engineer.id);
    roles.push(roleAround(`role-${r + 1}`, client, anchor, today, r, rng));
  }
  return { clients, roles, shortlists: shortlistsFor(roles, plans, rng) };
}

function pickAnchor(pool: readonly EngineerPlan[], client: Client, today: string, used: Set<string>, rng: Rng): EngineerPlan | undefined {
  const need = MIN_OVERLAP(client.timeZone ?? 'America/New_York');
  for (let attempt = 0; attempt < 200 && pool.length; attempt++) {
    const p = rng.pick(pool);
    if (used.has(p.engineer.id)) continue;
    const ov = overlapFor(p.engineer, { timeZone: client.timeZone }, today).hours ?? 0;
    if (ov >= need) return p;
  }
  return undefined;
}

function roleAround(id: string, client: Client, anchor: EngineerPlan, today: string, index: number, rng: Rng): Role {
  const e = anchor.engineer;
  const arch = anchor.archetype;
  // Must-haves: three of the anchor's strongest skills, at a level the anchor meets (3 or 4), named
  // canonically; nice-to-haves: archetype skills, some of which the anchor lacks.
  // Core skills of the archetype first: a Java backend role asks for Java and Spring Boot, not GraphQL.
  const coreKeys = new Set([...arch.core, ...arch.variants.flatMap(([v]) => v)].map(skillKey));
  const rank = (s: { name: string; level: number }) => (coreKeys.has(skillKey(s.name)) ? 10 : 0) + s.level;
  const strongest = [...e.skills].sort((a, b) => rank(b) - rank(a) || a.name.localeCompare(b.name)).slice(0, 3);
  const mustHave: Requirement[] = strongest.map((s, k) => ({
    skill: resolveSkill(s.name).name,
    minLevel: Math.min(s.level, e.seniority === 'mid' ? 3 : 4),
    ...(k === 0 && (s.years ?? 0) >= 2 ? { minYears: Math.min(3, Math.floor(s.years ?? 0)) } : {}),
    ...(k === 0 ? { weight: 3 } : {}),
  }));
  const taken = new Set(mustHave.map((m) => skillKey(m.skill)));
  const niceToHave: Requirement[] = rng.sample([...arch.common, ...arch.extra].filter((s) => !taken.has(skillKey(s))), rng.int(2, 3))
    .map((skill) => ({ skill, minLevel: 3 }));
  const seniority: Seniority[] = e.seniority === 'mid' ? ['mid', 'senior'] : ['senior', 'lead'];
  const english = e.englishLevel ?? 'B2';
  const minEnglish = CEFR_ORDER[Math.max(3, Math.min(CEFR_ORDER.indexOf(english), 4))]!; // B2 or C1, never above the anchor
  const bill = e.rate?.billPerHour ?? 80;
  const status = index === 5 ? 'on_hold' : index === 9 ? 'filled' : 'open';
  const coreHours = rng.chance(0.25) ? { start: '10:00', end: '18:00' } : { start: '09:00', end: '17:00' };
  return {
    id,
    clientId: client.id,
    title: `${e.seniority === 'mid' ? '' : 'Senior '}${TITLE[arch.key]}`,
    description: `${client.name} is looking for a ${TITLE[arch.key].toLowerCase()} to work on ${rng.pick(arch.focus)} with their ${client.industry?.toLowerCase() ?? ''} team. Must be comfortable with ${mustHave.map((m) => m.skill).join(', ')}.`,
    seniority,
    mustHave,
    niceToHave,
    timeZone: client.timeZone,
    coreHours,
    minOverlapHours: Math.min(MIN_OVERLAP(client.timeZone ?? ''), Math.floor(overlapFor(e, { timeZone: client.timeZone, coreHours }, today).hours ?? 0)),
    minEnglish,
    // A little above the anchor's rate: peers who bill more become budget near misses.
    maxBillRate: Math.ceil((bill * rng.float(1.03, 1.15)) / 5) * 5,
    startDate: addDays(today, rng.int(10, 60)),
    headcount: rng.weighted([[1, 6], [2, 3], [3, 1]] as const),
    requireVetted: rng.chance(0.5),
    status,
  };
}

/** Shortlists for the first open roles: engineers who cover every must-have, by coverage then id. */
function shortlistsFor(roles: readonly Role[], plans: readonly EngineerPlan[], rng: Rng): Shortlist[] {
  const open = roles.filter((r) => r.status === 'open').slice(0, 3);
  return open.map((role, k) => {
    const picks = plans.slice(0, 5000).filter((p) => !p.engineer.archived && coversMustHaves(p.engineer, role)).slice(0, rng.int(2, 4));
    const statuses = ['proposed', 'sent', 'client_interview'] as const;
    return {
      id: `shortlist-${k + 1}`,
      roleId: role.id,
      name: `${role.title}: first pass`,
      entries: picks.map((p, i) => ({ engineerId: p.engineer.id, status: statuses[Math.min(i, 2)]!, note: i === 0 ? 'Strongest on the must-haves.' : undefined }))
        .map((entry) => (entry.note === undefined ? { engineerId: entry.engineerId, status: entry.status } : entry)),
    };
  });
}

/** The simple coverage check the demo uses: each must-have held at its minimum level (aliases resolved). */
export function coversMustHaves(e: Engineer, role: Role): boolean {
  const levels = new Map(e.skills.map((s) => [skillKey(s.name), s.level]));
  return (role.mustHave ?? []).every((m) => (levels.get(skillKey(m.skill)) ?? 0) >= (m.minLevel ?? 1));
}

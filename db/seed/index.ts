// The demo bench: `generateDemoBench({ engineers, seed, today })` returns a complete, valid bench file,
// identical for the same options on every machine. The CLI's `seed` command and the service's first-run
// seeding both import it through the normal import path.
import type { BenchFile } from '../../shared/bench/schema';
import { isValidDate } from '../../shared/bench/dates';
import { generateClients } from './clients';
import { generateEngineer, pickPlace, type EngineerContext, type EngineerPlan } from './engineers';
import { SHOWCASE_PLACES, findPlace } from './geo';
import { buildNamePools } from './names';
import { createRng } from './rng';

export interface DemoOptions {
  engineers?: number;
  seed?: number;
  /** "Today" for availability and assessment dates (YYYY-MM-DD). Fixed by default so output is reproducible. */
  today?: string;
}

export const DEMO_DEFAULTS = { engineers: 500, seed: 42, today: '2026-12-01' } as const;
export const MAX_DEMO_ENGINEERS = 1_000_000;

export function generateDemoBench(opts: DemoOptions = {}): BenchFile {
  const count = opts.engineers ?? DEMO_DEFAULTS.engineers;
  const seed = opts.seed ?? DEMO_DEFAULTS.seed;
  const today = opts.today ?? DEMO_DEFAULTS.today;
  if (!Number.isInteger(count) || count < 0 || count > MAX_DEMO_ENGINEERS) throw new RangeError(`engineers must be a whole number from 0 to ${MAX_DEMO_ENGINEERS}`);
  if (!Number.isInteger(seed)) throw new RangeError('seed must be a whole number');
  if (!isValidDate(today)) throw new RangeError('today must be a date as YYYY-MM-DD');

  const root = createRng(seed);
  // Separate streams: engineers, clients and assessors never shift each other's draws.
  const people = root.fork(1);
  const business = root.fork(2);
  const pools = buildNamePools(seed);
  const assessorRng = root.fork(3);
  const assessors = Array.from({ length: 12 }, () => `${assessorRng.pick(pools.es.female.concat(pools.pt_BR.male))} ${assessorRng.pick(pools.es.surnames)}`);

  const ctx: EngineerContext = { rng: people, today, pools, assessors, usedNames: new Map() };
  const plans: EngineerPlan[] = new Array(count);
  // The first engineers sit in the showcase zones (Chile's DST, Tijuana, Manaus...) so even a small
  // bench contains them; the rest follow the country weights.
  const showcase = count >= 50 ? SHOWCASE_PLACES : [];
  for (let i = 0; i < count; i++) {
    const s = showcase[i];
    const place = s ? findPlace(s.country, s.city) : pickPlace(people);
    plans[i] = generateEngineer(i + 1, place, ctx);
  }
  const { clients, roles, shortlists } = generateClients(plans, today, business);
  return {
    format: 'benchmatch.bench',
    version: 1,
    exportedAt: `${today}T00:00:00Z`,
    engineers: plans.map((p) => p.engineer),
    clients,
    roles,
    shortlists,
  };
}

// Small builders for matching tests: a valid engineer, client and role with overridable fields.
import type { Client, Engineer, Role } from '../../../shared/bench/schema';
import { prepareEngineer, roleContext, scoreParts, DEFAULT_WEIGHTS, type Weights } from '../../../shared/matching';

export const client: Client = { id: 'c-1', name: 'Acme', timeZone: 'America/New_York' };

export function engineer(over: Partial<Engineer> = {}): Engineer {
  return {
    id: 'e-1', name: 'Test Engineer', country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'senior',
    skills: [{ name: 'Python', level: 4, years: 5 }, { name: 'PyTorch', level: 3, years: 2 }],
    englishLevel: 'C1', vettingStatus: 'vetted', availability: { status: 'available' },
    rate: { billPerHour: 70, currency: 'USD' },
    ...over,
  };
}

export function role(over: Partial<Role> = {}): Role {
  return {
    id: 'r-1', clientId: 'c-1', title: 'AI Engineer',
    mustHave: [{ skill: 'Python', minLevel: 3 }, { skill: 'PyTorch', minLevel: 2 }],
    niceToHave: [{ skill: 'AWS', weight: 2 }, { skill: 'Kubernetes' }, { skill: 'LangChain', weight: 3 }],
    ...over,
  };
}

/** The unrounded 0-100 score of one engineer for a role (properties compare every digit). */
export function scoreOf(e: Engineer, r: Role, asOf = '2027-01-15', weights: Weights = DEFAULT_WEIGHTS): number {
  const ctx = roleContext(r, [client], asOf);
  return scoreParts(prepareEngineer(e), ctx, ctx.overlaps.get(e).hours, weights).total;
}

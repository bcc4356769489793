// The numbers of each near miss's one failure, read from the prepared bench's columns and the ranking's
// must-have arrays rather than from each engineer's objects: a 100k bench has thousands of near misses,
// and touching each one's engineer and skill map costs more than the whole ranking loop (issue 13's
// `npm run bench` figure "match: warm"). CONSTRAINT_CHECKS (eligibility.ts) is the rule; the property
// test (test/unit/matching/fast-loop.property.test.ts) holds these failures equal to its own.
import { CEFR, SENIORITIES, VETTING_STATUSES } from '../bench/schema';
import type { ConstraintName, RoleContext } from './eligibility';
import type { Failure } from './failures';
import { roundHours } from './overlap';
import type { PreparedBench } from './prepare';

/** Each must-have's effective level (0: missing) and years per engineer, filled by the ranking's posting pass. */
export interface MustColumns { level: Uint8Array; years: Float64Array }

const pad = (n: number) => String(n).padStart(2, '0');
/** 20270118 -> 2027-01-18. */
const dateOf = (d: number) => `${Math.floor(d / 10000)}-${pad(Math.floor(d / 100) % 100)}-${pad(d % 100)}`;

export function nearFailure(bench: PreparedBench, i: number, why: ConstraintName, ctx: RoleContext, must: readonly MustColumns[], hours: number | null): Failure {
  const c = bench.cols;
  switch (why) {
    case 'mustHave': {
      for (let k = 0; k < ctx.must.length; k++) {
        const r = ctx.must[k]!;
        const level = must[k]!.level[i]!;
        const years = must[k]!.years[i]!;
        if (!level) return { code: 'must_have', skill: r.name, have: null, need: r.minLevel };
        if (years < r.minYears) return { code: 'must_have', skill: r.name, have: level, need: r.minLevel, years, needYears: r.minYears };
        if (level < r.minLevel) return { code: 'must_have', skill: r.name, have: level, need: r.minLevel };
      }
      break;
    }
    case 'vetting': {
      const v = c.vettingStatus[i]!;
      return { code: 'vetting', status: v ? VETTING_STATUSES[v - 1]! : null };
    }
    case 'seniority':
      return { code: 'seniority', have: SENIORITIES[c.seniority[i]!]!, need: [...ctx.seniorities!] };
    case 'english': {
      const rank = c.english[i]!;
      return { code: 'english', have: rank ? CEFR[rank - 1]! : null, need: CEFR[ctx.minEnglishRank - 1]! };
    }
    case 'overlap': {
      const need = ctx.role.minOverlapHours!;
      return { code: 'overlap', hours: hours!, need, shortBy: roundHours(need - hours!) };
    }
    case 'budget': {
      const cap = ctx.role.maxBillRate!;
      const bill = c.bill[i]!;
      return Number.isNaN(bill) ? { code: 'budget', rate: null, overBy: null, cap } : { code: 'budget', rate: bill, overBy: roundHours(bill - cap), cap };
    }
    case 'availability': {
      const never = c.neverFree[i]!;
      return { code: 'availability', from: never ? null : dateOf(c.freeFrom[i]!), start: ctx.startDate, unavailable: never === 1 };
    }
    default: {
      // A new constraint in CONSTRAINT_CHECKS makes this a compile error until it has its case above.
      const unhandled: never = why;
      void unhandled;
    }
  }
  throw new Error(`engineer ${bench.engineers[i]!.id} was counted a near miss on ${why} but does not fail it`);
}

// A what-if: role fields overridden for one ranking without saving the role. RELAXABLE is the one list of
// those fields; the API's zod schema and the `Relax` type are both derived from it (each field takes the
// role schema's own value, or null to lift the constraint), so adding a relaxable constraint is one word here.
import { z } from 'zod';
import { roleSchema, type Role } from '../bench/schema';

export const RELAXABLE = [
  'maxBillRate', 'minOverlapHours', 'minEnglish', 'seniority', 'mustHave', 'niceToHave',
  'requireVetted', 'startDate', 'timeZone', 'coreHours',
] as const satisfies readonly (keyof Role)[];
export type RelaxableField = (typeof RELAXABLE)[number];

const shape = roleSchema.shape;
const relaxField = <K extends RelaxableField>(k: K) => shape[k].unwrap().nullable().optional();
type RelaxShape = { [K in RelaxableField]: ReturnType<typeof relaxField<K>> };

/** Role fields a what-if may override; null lifts the constraint (JSON has no undefined). */
export const relaxSchema = z.strictObject(Object.fromEntries(RELAXABLE.map((k) => [k, relaxField(k)])) as RelaxShape);
export type Relax = z.infer<typeof relaxSchema>;

/** The role as the what-if sees it: each relaxed field replaced, or removed when null. */
export function applyRelax(role: Role, relax: Relax | undefined): Role {
  if (!relax) return role;
  const out: Role = { ...role };
  for (const k of RELAXABLE) {
    const v = relax[k];
    if (v === null) delete out[k];
    else if (v !== undefined) (out as Record<RelaxableField, unknown>)[k] = v;
  }
  return out;
}

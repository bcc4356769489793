// The words for the bench's enum values (availability, role status, weight preset, shortlist status), as declared catalog
// keys (docs/i18n.md: no computed keys): every screen that shows one of these values picks from here,
// so a value reads the same on every screen. Seniority and vetting status are the rubric's
// (shared/vetting/rubric.ts SENIORITY_WORD, VETTING_STATUS_WORD).
import type { AvailabilityStatus, Engineer, RoleStatus, ShortlistStatus, WeightPreset } from '../../shared/bench/schema';

export const AVAILABILITY_LABEL = {
  available: 'bench:availability.available',
  interviewing: 'bench:availability.interviewing',
  on_assignment: 'bench:availability.on_assignment',
  unavailable: 'bench:availability.unavailable',
} as const satisfies Record<AvailabilityStatus, string>;

export const ROLE_STATUS_LABEL = {
  open: 'roles:status.open',
  on_hold: 'roles:status.on_hold',
  filled: 'roles:status.filled',
  closed: 'roles:status.closed',
} as const satisfies Record<RoleStatus, string>;

export const WEIGHT_PRESET_LABEL = {
  balanced: 'roles:preset.balanced',
  'skills first': 'roles:preset.skillsFirst',
  'time zone first': 'roles:preset.timeZoneFirst',
  'budget first': 'roles:preset.budgetFirst',
} as const satisfies Record<WeightPreset, string>;

export const SHORTLIST_STATUS_LABEL = {
  proposed: 'shortlists:status.proposed',
  sent: 'shortlists:status.sent',
  client_interview: 'shortlists:status.client_interview',
  accepted: 'shortlists:status.accepted',
  declined: 'shortlists:status.declined',
} as const satisfies Record<ShortlistStatus, string>;

/** The legal bases' words (profile, Edit form's options, merge screen). */
export const BASIS = {
  consent: 'engineer:basis.consent', contract: 'engineer:basis.contract', legitimate_interest: 'engineer:basis.legitimate_interest', legal_obligation: 'engineer:basis.legal_obligation',
} as const satisfies Record<NonNullable<Engineer['privacy']>['basis'], string>;

// The words for the bench's enum values (availability, seniority, vetting status), as declared catalog
// keys (docs/i18n.md: no computed keys): every screen that shows one of these values picks from here,
// so a value reads the same on the Bench, the profile and the Match screen.
import type { AvailabilityStatus } from '../../shared/bench/schema';

export const AVAILABILITY_LABEL = {
  available: 'bench:availability.available',
  interviewing: 'bench:availability.interviewing',
  on_assignment: 'bench:availability.on_assignment',
  unavailable: 'bench:availability.unavailable',
} as const satisfies Record<AvailabilityStatus, string>;

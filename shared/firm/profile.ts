// The firm's profile (Settings > Firm): the name, logo, contact line, accent colour and footer text that
// brand every client packet. One record for the whole firm: on a team bench it is the `firm` record
// (docs/team-design.md), which admins change and every laptop receives.
import { z } from 'zod';

export const FIRM_LOGO_TYPES = ['image/png', 'image/svg+xml'] as const;
export type FirmLogoType = (typeof FIRM_LOGO_TYPES)[number];
/** A logo is drawn a few centimetres wide: 512 KB is plenty, and the record travels to every laptop. */
export const FIRM_LOGO_MAX_BYTES = 512 * 1024;
/** The record id of the firm's profile (there is one). */
export const FIRM_RECORD_ID = 'firm';

export const firmLogoSchema = z.strictObject({
  type: z.enum(FIRM_LOGO_TYPES),
  /** The file's bytes, base64. A hard cap on the input; checkLogo (logo.ts) refuses past 512 KB of bytes, saying so. */
  base64: z.string().min(1).max(FIRM_LOGO_MAX_BYTES * 2, 'a logo of at most 512 KB'),
});

export const firmProfileSchema = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  /** One line under the name: "hello@firm.example · +1 555 0100 · firm.example". */
  contact: z.string().trim().min(1).max(200).optional(),
  /** "#2f6fde": headings, bands and rules of the packet. */
  accent: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #RRGGBB').optional(),
  /** Small print on every page: "Confidential. Prepared for the client only." */
  footer: z.string().trim().min(1).max(300).optional(),
  logo: firmLogoSchema.optional(),
});

export type FirmLogo = z.infer<typeof firmLogoSchema>;
export type FirmProfile = z.infer<typeof firmProfileSchema>;

/** The fields of the firm record, as they sync (shared/team/fields.ts). */
export const FIRM_FIELDS = Object.keys(firmProfileSchema.shape) as (keyof FirmProfile)[];

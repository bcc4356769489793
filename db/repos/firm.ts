// The firm's profile row (migration 0012): one row, id 'firm'. Absent row = no profile yet.
import type { FirmProfile } from '../../shared/firm/profile';
import type { RawDb } from '../connection';

interface FirmRow {
  name: string | null;
  contact: string | null;
  accent: string | null;
  footer: string | null;
  logo_type: string | null;
  logo: string | null;
}

export function readFirm(raw: RawDb): FirmProfile {
  const r = raw.prepare("SELECT name, contact, accent, footer, logo_type, logo FROM firm_profile WHERE id = 'firm'").get() as FirmRow | undefined;
  if (!r) return {};
  return {
    ...(r.name ? { name: r.name } : {}),
    ...(r.contact ? { contact: r.contact } : {}),
    ...(r.accent ? { accent: r.accent } : {}),
    ...(r.footer ? { footer: r.footer } : {}),
    ...(r.logo && r.logo_type ? { logo: { type: r.logo_type as NonNullable<FirmProfile['logo']>['type'], base64: r.logo } } : {}),
  };
}

/** Replaces the profile (the capture trigger marks the `firm` record on a team bench). */
export function writeFirm(raw: RawDb, p: FirmProfile): void {
  raw.prepare(`INSERT INTO firm_profile (id, name, contact, accent, footer, logo_type, logo, updated_at) VALUES ('firm', ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, contact = excluded.contact, accent = excluded.accent, footer = excluded.footer,
      logo_type = excluded.logo_type, logo = excluded.logo, updated_at = excluded.updated_at`)
    .run(p.name ?? null, p.contact ?? null, p.accent ?? null, p.footer ?? null, p.logo?.type ?? null, p.logo?.base64 ?? null, new Date().toISOString());
}

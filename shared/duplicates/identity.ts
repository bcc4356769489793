// What identifies a person across records, normalized so that two spellings of one thing compare equal:
// e-mail addresses (case; Gmail's dots and +tags), LinkedIn and GitHub profiles written in any form
// (with or without https, www, a country subdomain, a trailing slash, a query), and names as folded
// tokens without particles (Latin-American names: accents, compound first names, one or two surnames,
// "Mª" for María, initials).
import { fold } from '../text/fold';
import { NAME_PARTICLES as PARTICLES } from '../text/name-particles';

export function emailKey(email: string | undefined): string | null {
  if (!email) return null;
  const e = email.trim().toLowerCase();
  const at = e.lastIndexOf('@');
  if (at <= 0) return null;
  let local = e.slice(0, at);
  let domain = e.slice(at + 1);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replace(/\./g, '');
  local = local.replace(/\+.*$/, '');
  return `${local}@${domain}`;
}

/** "linkedin:ana-lima" / "github:alima" for a profile link in any form; null for other links. */
export function profileKey(link: string): string | null {
  const s = link.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[?#].*$/, '');
  const linkedin = /^(?:[a-z]{2,3}\.)?(?:m\.)?linkedin\.com\/(?:in|pub)\/([^/]+)/.exec(s);
  if (linkedin) return `linkedin:${decodeSafely(linkedin[1]!)}`;
  const github = /^github\.com\/([a-z0-9-]+)(?:\/|$)/.exec(s);
  if (github) return `github:${github[1]}`;
  return null;
}

function decodeSafely(s: string): string {
  try {
    return fold(decodeURIComponent(s));
  } catch {
    return s;
  }
}

const ABBREVIATIONS: Record<string, string> = { ma: 'maria', 'mª': 'maria', jo: 'jose', fco: 'francisco', gmo: 'guillermo' };

/** A name as folded tokens, particles dropped, common abbreviations spelled out ("Mª José" -> maria jose). */
export function nameTokens(name: string): string[] {
  return name
    .replace(/ª/g, 'ª ')
    .split(/[\s,.'’"()-]+/u)
    .map((t) => fold(t))
    .map((t) => ABBREVIATIONS[t] ?? t)
    .filter((t) => t.length > 0 && !PARTICLES.has(t));
}

// Name, e-mail and links from a CV's text. The name is the first short line of capitalised words at the
// top that is not a header, a title or contact details; "Nombre: ..." / "Nome: ..." / "Name: ..." win.
import { fold } from '../text/fold';
import { sectionOf } from './sections';

export interface Found<T> {
  value: T;
  text: string;
  line: number;
  confidence: number;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const LINK = /\b(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?(?:linkedin\.com\/(?:in|pub)\/[^\s,;|)]+|github\.com\/[A-Za-z0-9-]+|gitlab\.com\/[A-Za-z0-9_.-]+|stackoverflow\.com\/users\/[^\s,;|)]+|kaggle\.com\/[A-Za-z0-9_-]+|medium\.com\/@[^\s,;|)]+)|\bhttps?:\/\/[^\s,;|)]+/gi;
const NAME_LABEL = /^\s*(?:name|full name|nombre(?: completo)?|nome(?: completo)?)\s*[:\-–]\s*(.+)$/i;
const ROLE_WORDS = /\b(engineer|developer|desarrollador|desarrolladora|desenvolvedor|desenvolvedora|ingeniero|ingeniera|engenheiro|engenheira|scientist|cient[ií]fic[oa]|cientista|analyst|analista|architect|arquitect[oa]|arquiteto|programador|programadora|consultant|consultor|consultora|lead|manager|devops|sre|designer|intern|estagi[aá]rio|specialist|especialista|curriculum|curr[ií]culo|resume|r[eé]sum[eé]|cv)\b/i;

// Spelled out against scrapers: "ana [at] mail [dot] com", "ana(arroba)mail.com", "ana @ mail . com". Only
// bracketed words count: a bare "at" is English prose ("Engineer at Globant.com"), not an address.
const SPELLED_AT = String.raw`\s*(?:[\[({<]\s*(?:at|arroba)\s*[\])}>]|@)\s*`;
const SPELLED_DOT = String.raw`\s*(?:[\[({<]\s*(?:dot|punto|ponto)\s*[\])}>]|\.)\s*`;
const SPELLED_EMAIL = new RegExp(String.raw`([A-Za-z0-9._%+-]+)${SPELLED_AT}([A-Za-z0-9-]+(?:${SPELLED_DOT}[A-Za-z0-9-]+)*${SPELLED_DOT}[A-Za-z]{2,})(?![A-Za-z0-9])`, 'i');

export function findEmail(lines: readonly string[]): Found<string> | undefined {
  for (const [i, l] of lines.entries()) {
    const m = EMAIL.exec(l);
    // Addresses are case-insensitive in practice; the bench keeps them lower-case so duplicates compare.
    if (m) return { value: m[0].replace(/\.$/, '').toLowerCase(), text: l.trim(), line: i, confidence: 0.98 };
  }
  for (const [i, l] of lines.entries()) {
    const m = SPELLED_EMAIL.exec(l);
    if (m) return { value: `${m[1]}@${m[2]!.replace(new RegExp(SPELLED_DOT, 'gi'), '.')}`.toLowerCase(), text: l.trim(), line: i, confidence: 0.9 };
  }
  return undefined;
}

/** Profile and personal links, as https URLs, each once; e-mail domains are not links. */
export function findLinks(lines: readonly string[]): Found<string>[] {
  const out: Found<string>[] = [];
  const seen = new Set<string>();
  for (const [i, l] of lines.entries()) {
    for (const m of l.matchAll(LINK)) {
      const before = l.slice(0, m.index);
      if (/@[\w.-]*$/.test(before)) continue;
      let url = m[0].replace(/[.,]+$/, '');
      if (!/^https?:\/\//i.test(url)) url = `https://${url.replace(/^www\./i, 'www.')}`;
      const key = url.toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ value: url.replace(/\/$/, ''), text: l.trim().slice(0, 200), line: i, confidence: 0.95 });
    }
  }
  return out;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase())
    .replace(/\b(De|Da|Do|Dos|Das|Del|La|Las|Los|Y|E|Van|Von)\b/g, (w) => w.toLowerCase());
}

function looksLikeName(line: string): boolean {
  const t = line.trim();
  if (t.length < 4 || t.length > 60 || /[\d@:/|•·,]/.test(t) || ROLE_WORDS.test(t) || sectionOf(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  // Every word capitalised, or a particle ("de", "da", "dos", "del").
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(de|da|do|dos|das|del|la|y|e|van|von)$/i.test(w));
}

export function findName(lines: readonly string[]): Found<string> | undefined {
  for (const [i, l] of lines.entries()) {
    const m = NAME_LABEL.exec(l);
    if (m && looksLikeName(m[1]!)) return { value: tidy(m[1]!), text: l.trim(), line: i, confidence: 0.95 };
  }
  let seen = 0;
  for (const [i, l] of lines.entries()) {
    if (!l.trim()) continue;
    if (++seen > 8) break;
    // A line may hold the name and a title ("Ana Souza | Data Engineer", "ANA SOUZA — ML Engineer").
    const head = l.split(/\s+[|–—·•-]\s+|\s{3,}|\t/)[0]!.trim();
    if (looksLikeName(head)) return { value: tidy(head), text: l.trim(), line: i, confidence: seen === 1 ? 0.9 : 0.7 };
  }
  return undefined;
}

function tidy(name: string): string {
  const t = name.trim().replace(/\s+/g, ' ');
  // ALL-CAPS names (a common CV heading style) become "María José Pérez".
  return t === t.toUpperCase() ? titleCase(t) : t;
}

/** The folded name, for callers that need to skip the name's own words (a first name that is also a city). */
export const nameKey = (name: string) => fold(name);

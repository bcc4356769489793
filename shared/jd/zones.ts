// Time-zone hints in postings ("EST", "Pacific time", "CET", "overlap with US Eastern") mapped to the
// IANA zone a role stores. Abbreviations name a region, not a date's offset: "EST" in a posting means
// New York's clock all year, DST included, which is what the IANA zone gives.
const HINTS: [RegExp, string][] = [
  [/\bUS[\s-]?Eastern\b|\bEastern(?:\s+(?:Standard|Daylight))?\s+(?:time|zone|hours)\b|\bE[SD]T\b|\bNew York\b|\bNYC\b|\bBoston\b|\bMiami\b/i, 'America/New_York'],
  [/(?:\d\s*(?:[ap]\.?m\.?)?\s*|\()ET\b/, 'America/New_York'],
  [/\b(?:US[\s-]?)?Pacific(?:\s+(?:Standard|Daylight))?\s+(?:time|zone|hours)\b|\bUS[\s-]?Pacific\b|\bP[SD]T\b|\bSan Francisco\b|\bSeattle\b|\bLos Angeles\b|\bBay Area\b/i, 'America/Los_Angeles'],
  [/(?:\d\s*(?:[ap]\.?m\.?)?\s*|\()PT\b/, 'America/Los_Angeles'],
  [/\b(?:US[\s-]?)?Central(?:\s+(?:Standard|Daylight))?\s+(?:time|zone|hours)\b|\bUS[\s-]?Central\b|\bC[SD]T\b|\bChicago\b|\bAustin\b|\bDallas\b/i, 'America/Chicago'],
  [/(?:\d\s*(?:[ap]\.?m\.?)?\s*|\()CT\b/, 'America/Chicago'],
  [/\b(?:US[\s-]?)?Mountain(?:\s+(?:Standard|Daylight))?\s+(?:time|zone|hours)\b|\bM[SD]T\b|\bDenver\b/i, 'America/Denver'],
  [/\bCES?T\b|\bCentral European\b|\bBerlin\b|\bMunich\b/i, 'Europe/Berlin'],
  [/\bAmsterdam\b/i, 'Europe/Amsterdam'],
  [/\bParis\b/i, 'Europe/Paris'],
  [/\bMadrid\b|\bBarcelona\b/i, 'Europe/Madrid'],
  [/\bLisbon\b|\bWET\b/i, 'Europe/Lisbon'],
  [/\bUK time\b|\bLondon\b|\bGMT\b|\bBST\b|\bUK hours\b/i, 'Europe/London'],
  [/\bToronto\b/i, 'America/Toronto'],
  [/\bBRT\b|\bBras[ií]lia time\b|\bS[aã]o Paulo time\b/i, 'America/Sao_Paulo'],
];

/** The first time zone a sentence names, as an IANA id. */
export function findTimeZone(sentence: string): string | undefined {
  let best: { at: number; zone: string } | undefined;
  for (const [re, zone] of HINTS) {
    const m = re.exec(sentence);
    if (m && (!best || m.index < best.at)) best = { at: m.index, zone };
  }
  return best?.zone;
}

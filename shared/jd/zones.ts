// Time-zone hints in postings ("EST", "Pacific time", "CET", "overlap with US Eastern") mapped to the
// IANA zone a role stores. Abbreviations name a region, not a date's offset: "EST" in a posting means
// New York's clock all year, DST included, which is what the IANA zone gives.
// Latin-American cities name a zone only with a clock word ("hora de Bogotá", "horário de Brasília",
// "Lima time"): bare, they usually say where the engineer may live, not the client's day.
const CLOCK_BEFORE = '(?:hora|horario|hor[aá]rio|fuso(?: hor[aá]rio)?|zona horaria)\\s+(?:oficial\\s+)?(?:de|do|da|del)\\s+(?:la\\s+)?';
const clockCity = (city: string) => new RegExp(`${CLOCK_BEFORE}(?:${city})(?![\\p{L}])|(?<![\\p{L}])(?:${city})\\s+time\\b`, 'iu');

const HINTS: [RegExp, string][] = [
  [/\b(?:Nueva York|Nova York|Nova Iorque)\b|\bhora(?:rio)? del este\b|\bhor[aá]rio da costa leste\b|\bcosta este\b|\bcosta leste\b/i, 'America/New_York'],
  [/\bhora(?:rio)? del pac[ií]fico\b|\bhor[aá]rio do pac[ií]fico\b|\bcosta oeste\b/i, 'America/Los_Angeles'],
  [/\bLisboa\b|\bhor[aá]rio de Portugal\b|\bhora de Portugal\b/i, 'Europe/Lisbon'],
  [/\bLondres\b/i, 'Europe/London'],
  [/\bBerl[ií]n\b|\bBerlim\b|\bM[uú]nich\b|\bFr[aá]ncfort\b|\bFrankfurt\b/i, 'Europe/Berlin'],
  [/\b[AÁ]msterdam\b|\bAmsterd[aã]\b/i, 'Europe/Amsterdam'],
  [/\bPar[ií]s\b/i, 'Europe/Paris'],
  [/\bDubl[ií]n\b/i, 'Europe/Dublin'],
  [/\bhora (?:peninsular|de Espa[nñ]a)\b|\bhor[aá]rio de Espanha\b/i, 'Europe/Madrid'],
  [clockCity('Bras[ií]lia|S[aã]o Paulo|Rio de Janeiro|Brasil'), 'America/Sao_Paulo'],
  [clockCity('Bogot[aá]|Colombia|Medell[ií]n'), 'America/Bogota'],
  [clockCity('Ciudad de M[eé]xico|CDMX|M[eé]xico|Mexico City'), 'America/Mexico_City'],
  [clockCity('Lima|Per[uú]'), 'America/Lima'],
  [clockCity('Santiago|Chile'), 'America/Santiago'],
  [clockCity('Buenos Aires|Argentina'), 'America/Argentina/Buenos_Aires'],
  [clockCity('Montevideo|Uruguay'), 'America/Montevideo'],
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

// Where a CV says its author lives, as city, ISO country and IANA zone. Countries are found by their name
// in English, Spanish or Portuguese (Intl.DisplayNames, no table); cities from the list below, which
// covers the engineering cities of Latin America and Iberia with their own zones (Recife, Manaus and
// Punta Arenas keep clocks unlike their capitals). A country named without a city gets its most
// populous zone, with lower confidence.
import { fold } from '../text/fold';

interface City { names: string[]; country: string; zone: string }

const CITIES: City[] = [
  { names: ['São Paulo', 'Sao Paulo', 'SP'], country: 'BR', zone: 'America/Sao_Paulo' },
  ...['Rio de Janeiro', 'Belo Horizonte', 'Curitiba', 'Porto Alegre', 'Florianópolis', 'Campinas', 'Brasília', 'Goiânia', 'Vitória', 'Santos', 'Joinville', 'Londrina', 'Uberlândia', 'Ribeirão Preto', 'São José dos Campos', 'Sorocaba', 'Niterói', 'Blumenau']
    .map((n) => ({ names: [n], country: 'BR', zone: 'America/Sao_Paulo' })),
  { names: ['Recife', 'João Pessoa', 'Natal', 'Maceió'], country: 'BR', zone: 'America/Recife' },
  { names: ['Fortaleza', 'São Luís', 'Teresina'], country: 'BR', zone: 'America/Fortaleza' },
  { names: ['Salvador', 'Aracaju'], country: 'BR', zone: 'America/Bahia' },
  { names: ['Belém'], country: 'BR', zone: 'America/Belem' },
  { names: ['Manaus'], country: 'BR', zone: 'America/Manaus' },
  { names: ['Ciudad de México', 'Mexico City', 'CDMX', 'México D.F.', 'Guadalajara', 'Querétaro', 'Puebla', 'León', 'Mérida', 'Toluca', 'Aguascalientes', 'San Luis Potosí', 'Morelia', 'Zapopan'], country: 'MX', zone: 'America/Mexico_City' },
  { names: ['Monterrey', 'Saltillo'], country: 'MX', zone: 'America/Monterrey' },
  { names: ['Tijuana', 'Mexicali'], country: 'MX', zone: 'America/Tijuana' },
  { names: ['Hermosillo'], country: 'MX', zone: 'America/Hermosillo' },
  { names: ['Cancún', 'Cancun'], country: 'MX', zone: 'America/Cancun' },
  { names: ['Chihuahua'], country: 'MX', zone: 'America/Chihuahua' },
  { names: ['Buenos Aires', 'CABA', 'La Plata', 'Mar del Plata', 'Rosario'], country: 'AR', zone: 'America/Argentina/Buenos_Aires' },
  { names: ['Córdoba'], country: 'AR', zone: 'America/Argentina/Cordoba' },
  { names: ['Mendoza'], country: 'AR', zone: 'America/Argentina/Mendoza' },
  { names: ['Tucumán'], country: 'AR', zone: 'America/Argentina/Tucuman' },
  { names: ['Bogotá', 'Medellín', 'Cali', 'Barranquilla', 'Bucaramanga', 'Cartagena', 'Pereira', 'Manizales'], country: 'CO', zone: 'America/Bogota' },
  { names: ['Santiago de Chile', 'Santiago', 'Valparaíso', 'Viña del Mar', 'Concepción', 'Temuco'], country: 'CL', zone: 'America/Santiago' },
  { names: ['Punta Arenas'], country: 'CL', zone: 'America/Punta_Arenas' },
  { names: ['Lima', 'Arequipa', 'Trujillo', 'Cusco'], country: 'PE', zone: 'America/Lima' },
  { names: ['Montevideo', 'Punta del Este'], country: 'UY', zone: 'America/Montevideo' },
  { names: ['San José', 'Heredia', 'Cartago'], country: 'CR', zone: 'America/Costa_Rica' },
  { names: ['Quito', 'Guayaquil', 'Cuenca'], country: 'EC', zone: 'America/Guayaquil' },
  { names: ['Ciudad de Guatemala', 'Guatemala City'], country: 'GT', zone: 'America/Guatemala' },
  { names: ['Ciudad de Panamá', 'Panama City'], country: 'PA', zone: 'America/Panama' },
  { names: ['Santo Domingo'], country: 'DO', zone: 'America/Santo_Domingo' },
  { names: ['Asunción'], country: 'PY', zone: 'America/Asuncion' },
  { names: ['La Paz', 'Santa Cruz de la Sierra', 'Cochabamba'], country: 'BO', zone: 'America/La_Paz' },
  { names: ['Caracas', 'Maracaibo', 'Valencia, Venezuela'], country: 'VE', zone: 'America/Caracas' },
  { names: ['San Salvador'], country: 'SV', zone: 'America/El_Salvador' },
  { names: ['Tegucigalpa', 'San Pedro Sula'], country: 'HN', zone: 'America/Tegucigalpa' },
  { names: ['Managua'], country: 'NI', zone: 'America/Managua' },
  { names: ['San Juan'], country: 'PR', zone: 'America/Puerto_Rico' },
  { names: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Málaga', 'Bilbao'], country: 'ES', zone: 'Europe/Madrid' },
  { names: ['Lisboa', 'Lisbon', 'Porto', 'Braga', 'Coimbra'], country: 'PT', zone: 'Europe/Lisbon' },
];

/** The zone most of a country's people live in, for a CV that names only the country. */
const COUNTRY_ZONE: Record<string, string> = {
  BR: 'America/Sao_Paulo', MX: 'America/Mexico_City', AR: 'America/Argentina/Buenos_Aires', CO: 'America/Bogota',
  CL: 'America/Santiago', PE: 'America/Lima', UY: 'America/Montevideo', CR: 'America/Costa_Rica', EC: 'America/Guayaquil',
  GT: 'America/Guatemala', PA: 'America/Panama', DO: 'America/Santo_Domingo', PY: 'America/Asuncion', BO: 'America/La_Paz',
  VE: 'America/Caracas', SV: 'America/El_Salvador', HN: 'America/Tegucigalpa', NI: 'America/Managua', PR: 'America/Puerto_Rico',
  CU: 'America/Havana', ES: 'Europe/Madrid', PT: 'Europe/Lisbon', US: 'America/New_York', CA: 'America/Toronto',
  GB: 'Europe/London', DE: 'Europe/Berlin', FR: 'Europe/Paris', IT: 'Europe/Rome', NL: 'Europe/Amsterdam', PL: 'Europe/Warsaw',
};

const PHONE_COUNTRY: Record<string, string> = {
  '55': 'BR', '52': 'MX', '54': 'AR', '57': 'CO', '56': 'CL', '51': 'PE', '598': 'UY', '506': 'CR', '593': 'EC', '502': 'GT',
  '507': 'PA', '595': 'PY', '591': 'BO', '58': 'VE', '503': 'SV', '504': 'HN', '505': 'NI', '34': 'ES', '351': 'PT',
};

export interface Place {
  city?: string;
  country: string;
  zone: string;
  text: string;
  confidence: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (names: string[], flags = 'u') => new RegExp(`(?<![\\p{L}])(${names.map((n) => escape(fold(n))).join('|')})(?![\\p{L}])`, flags);

let countryNames: { code: string; re: RegExp }[] | undefined;
function countries(): { code: string; re: RegExp }[] {
  if (countryNames) return countryNames;
  const displays = ['en', 'es', 'pt'].map((l) => new Intl.DisplayNames([l], { type: 'region' }));
  const out: { code: string; re: RegExp }[] = [];
  for (const code of Object.keys(COUNTRY_ZONE)) {
    const names = new Set<string>();
    for (const d of displays) names.add(d.of(code) ?? code);
    if (code === 'US') ['USA', 'EE.UU.', 'EEUU', 'EUA', 'Estados Unidos', 'United States of America'].forEach((n) => names.add(n));
    if (code === 'BR') names.add('Brasil');
    if (code === 'MX') names.add('Mexico');
    if (code === 'GB') ['UK', 'England', 'Inglaterra'].forEach((n) => names.add(n));
    out.push({ code, re: wordRe([...names]) });
  }
  countryNames = out;
  return out;
}
const cityPatterns = CITIES.map((c) => ({ city: c, re: wordRe(c.names.filter((n) => n.length > 2)) }));

/** City and country in one line ("Bogotá, Colombia", "Remote — Curitiba/PR, Brasil"). */
function placeIn(line: string): Omit<Place, 'text' | 'confidence'> | undefined {
  const f = fold(line);
  const country = countries().find((c) => c.re.test(f))?.code;
  for (const { city, re } of cityPatterns) {
    const m = re.exec(f);
    if (!m) continue;
    // "San José" is in Costa Rica unless the line names another country; "Santiago" needs Chile or nothing else.
    if (country && country !== city.country) continue;
    const name = city.names.find((n) => fold(n) === m[1]) ?? m[1]!;
    return { city: name.replace(/^CDMX$/, 'Ciudad de México').replace(/^SP$/, 'São Paulo'), country: city.country, zone: city.zone };
  }
  if (country) return { country, zone: COUNTRY_ZONE[country]! };
  return undefined;
}

const LABEL = /^\s*(?:location|address|based in|city|ubicaci[oó]n|direcci[oó]n|residencia|ciudad|localiza[cç][aã]o|endere[cç]o|cidade|resid[eê]ncia|domicilio)\s*[:\-–]/i;

/**
 * The best place in a CV: a labelled line first ("Ubicación: Medellín, Colombia"), then the top of the
 * page (contact lines), then any line; a city beats a country alone. `skip` holds the name's line; `top` is how many lines count as top.
 */
export function findPlace(lines: readonly string[], skip: ReadonlySet<number> = new Set(), top = 12): Place | undefined {
  let best: Place | undefined;
  const consider = (line: string, base: number) => {
    const p = placeIn(line.replace(LABEL, ''));
    if (!p) return;
    const confidence = base - (p.city ? 0 : 0.2);
    if (!best || confidence > best.confidence) best = { ...p, text: line.trim().slice(0, 200), confidence };
  };
  lines.forEach((l, i) => {
    // The name line is skipped: Santiago, Salvador and Natal are first names too.
    if (skip.has(i)) return;
    if (LABEL.test(l)) consider(l, 0.95);
    else if (i < top) consider(l, 0.85);
  });
  if (!best) lines.forEach((l, i) => !skip.has(i) && consider(l, 0.5));
  if (!best) {
    // Only a phone number: its country code gives the country.
    for (const l of lines.slice(0, top * 2)) {
      const m = /\+\s?(\d{2,3})[\s().-]*\d/.exec(l);
      const code = m && (PHONE_COUNTRY[m[1]!] ?? PHONE_COUNTRY[m[1]!.slice(0, 2)]);
      if (code) return { country: code, zone: COUNTRY_ZONE[code]!, text: l.trim().slice(0, 200), confidence: 0.4 };
    }
  }
  return best;
}

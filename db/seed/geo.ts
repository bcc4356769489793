// Where the demo engineers live: real LatAm cities with their IANA zones, weighted toward the four
// biggest engineering markets. The zone list deliberately includes places whose clocks behave
// differently (Chile's southern-hemisphere DST, Tijuana following US DST, Manaus at -4 all year), so
// overlap calculations meet them in the demo.
export type NameLocale = 'pt_BR' | 'es_MX' | 'es';

export interface City {
  city: string;
  timeZone: string;
  weight: number;
}

export interface Country {
  code: string;
  weight: number;
  locale: NameLocale;
  /** Cost level relative to the bench average (1 = average). */
  rateFactor: number;
  cities: readonly City[];
}

export const COUNTRIES: readonly Country[] = [
  { code: 'BR', weight: 30, locale: 'pt_BR', rateFactor: 1.0, cities: [
    { city: 'São Paulo', timeZone: 'America/Sao_Paulo', weight: 30 },
    { city: 'Rio de Janeiro', timeZone: 'America/Sao_Paulo', weight: 12 },
    { city: 'Belo Horizonte', timeZone: 'America/Sao_Paulo', weight: 9 },
    { city: 'Curitiba', timeZone: 'America/Sao_Paulo', weight: 8 },
    { city: 'Porto Alegre', timeZone: 'America/Sao_Paulo', weight: 7 },
    { city: 'Florianópolis', timeZone: 'America/Sao_Paulo', weight: 7 },
    { city: 'Campinas', timeZone: 'America/Sao_Paulo', weight: 5 },
    { city: 'Brasília', timeZone: 'America/Sao_Paulo', weight: 4 },
    { city: 'Recife', timeZone: 'America/Recife', weight: 6 },
    { city: 'Fortaleza', timeZone: 'America/Fortaleza', weight: 4 },
    { city: 'Salvador', timeZone: 'America/Bahia', weight: 3 },
    { city: 'Belém', timeZone: 'America/Belem', weight: 2 },
    { city: 'Manaus', timeZone: 'America/Manaus', weight: 4 },
  ] },
  { code: 'MX', weight: 20, locale: 'es_MX', rateFactor: 1.0, cities: [
    { city: 'Ciudad de México', timeZone: 'America/Mexico_City', weight: 30 },
    { city: 'Guadalajara', timeZone: 'America/Mexico_City', weight: 18 },
    { city: 'Monterrey', timeZone: 'America/Monterrey', weight: 14 },
    { city: 'Querétaro', timeZone: 'America/Mexico_City', weight: 7 },
    { city: 'Puebla', timeZone: 'America/Mexico_City', weight: 4 },
    { city: 'Tijuana', timeZone: 'America/Tijuana', weight: 9 },
    { city: 'Mérida', timeZone: 'America/Merida', weight: 5 },
    { city: 'Cancún', timeZone: 'America/Cancun', weight: 3 },
    { city: 'Hermosillo', timeZone: 'America/Hermosillo', weight: 3 },
    { city: 'Chihuahua', timeZone: 'America/Chihuahua', weight: 3 },
  ] },
  { code: 'AR', weight: 15, locale: 'es', rateFactor: 0.95, cities: [
    { city: 'Buenos Aires', timeZone: 'America/Argentina/Buenos_Aires', weight: 55 },
    { city: 'La Plata', timeZone: 'America/Argentina/Buenos_Aires', weight: 6 },
    { city: 'Córdoba', timeZone: 'America/Argentina/Cordoba', weight: 18 },
    { city: 'Rosario', timeZone: 'America/Argentina/Cordoba', weight: 12 },
    { city: 'Mendoza', timeZone: 'America/Argentina/Mendoza', weight: 9 },
  ] },
  { code: 'CO', weight: 14, locale: 'es', rateFactor: 0.92, cities: [
    { city: 'Bogotá', timeZone: 'America/Bogota', weight: 45 },
    { city: 'Medellín', timeZone: 'America/Bogota', weight: 30 },
    { city: 'Cali', timeZone: 'America/Bogota', weight: 12 },
    { city: 'Barranquilla', timeZone: 'America/Bogota', weight: 8 },
    { city: 'Bucaramanga', timeZone: 'America/Bogota', weight: 5 },
  ] },
  { code: 'CL', weight: 6, locale: 'es', rateFactor: 1.05, cities: [
    { city: 'Santiago', timeZone: 'America/Santiago', weight: 70 },
    { city: 'Valparaíso', timeZone: 'America/Santiago', weight: 10 },
    { city: 'Concepción', timeZone: 'America/Santiago', weight: 10 },
    { city: 'Punta Arenas', timeZone: 'America/Punta_Arenas', weight: 10 },
  ] },
  { code: 'PE', weight: 4, locale: 'es', rateFactor: 0.88, cities: [
    { city: 'Lima', timeZone: 'America/Lima', weight: 85 },
    { city: 'Arequipa', timeZone: 'America/Lima', weight: 15 },
  ] },
  { code: 'UY', weight: 4, locale: 'es', rateFactor: 1.1, cities: [
    { city: 'Montevideo', timeZone: 'America/Montevideo', weight: 90 },
    { city: 'Punta del Este', timeZone: 'America/Montevideo', weight: 10 },
  ] },
  { code: 'CR', weight: 3, locale: 'es', rateFactor: 1.05, cities: [
    { city: 'San José', timeZone: 'America/Costa_Rica', weight: 80 },
    { city: 'Heredia', timeZone: 'America/Costa_Rica', weight: 20 },
  ] },
  { code: 'EC', weight: 1.5, locale: 'es', rateFactor: 0.85, cities: [
    { city: 'Quito', timeZone: 'America/Guayaquil', weight: 55 },
    { city: 'Guayaquil', timeZone: 'America/Guayaquil', weight: 45 },
  ] },
  { code: 'GT', weight: 0.8, locale: 'es', rateFactor: 0.82, cities: [{ city: 'Ciudad de Guatemala', timeZone: 'America/Guatemala', weight: 1 }] },
  { code: 'PA', weight: 0.6, locale: 'es', rateFactor: 0.95, cities: [{ city: 'Ciudad de Panamá', timeZone: 'America/Panama', weight: 1 }] },
  { code: 'DO', weight: 0.6, locale: 'es', rateFactor: 0.85, cities: [{ city: 'Santo Domingo', timeZone: 'America/Santo_Domingo', weight: 1 }] },
  { code: 'PY', weight: 0.5, locale: 'es', rateFactor: 0.8, cities: [{ city: 'Asunción', timeZone: 'America/Asuncion', weight: 1 }] },
];

/** Places the demo always includes (when it has room), because their clocks test the overlap logic. */
export const SHOWCASE_PLACES: ReadonlyArray<{ country: string; city: string }> = [
  { country: 'CL', city: 'Santiago' },
  { country: 'CL', city: 'Punta Arenas' },
  { country: 'MX', city: 'Tijuana' },
  { country: 'BR', city: 'Manaus' },
  { country: 'PE', city: 'Lima' },
  { country: 'CO', city: 'Bogotá' },
  { country: 'UY', city: 'Montevideo' },
  { country: 'CR', city: 'San José' },
];

export function findPlace(country: string, city: string): { country: Country; city: City } {
  const c = COUNTRIES.find((x) => x.code === country);
  const p = c?.cities.find((x) => x.city === city);
  if (!c || !p) throw new Error(`unknown showcase place ${country}/${city}`);
  return { country: c, city: p };
}

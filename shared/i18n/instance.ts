// THE i18next instance of a process: the renderer, Electron's main process (menus, dialogs), the
// service (client packets) and the CLI each import this one module and get the same instance. The
// catalogs are bundled (resources.ts), so it is ready synchronously on import; no backend, no
// suspense. Code that must write in another language than the user's (a client's packet) takes a
// fixed translator with translatorFor(); nobody changes the language for that.
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { formatDate, formatDateTime, formatList, formatMoney, formatNumber, formatRelative, type DateStyle } from './format';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';
import { NAMESPACES, resources, type Namespace } from './resources';

function create(): I18n {
  const inst = i18next.createInstance();
  void inst.init({
    resources,
    lng: DEFAULT_LANGUAGE,
    // A key the catalog test let through would show in English rather than as a raw key.
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...Object.keys(resources)],
    // es-419 and pt-BR are whole tags; without this i18next would also look for "es" and "pt" catalogs.
    load: 'currentOnly',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    // React escapes what it renders; packets (PDF, XLSX, CSV) and menus are not HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
  });
  const lngOf = (lng: string | undefined): Language => (isLanguage(lng) ? lng : DEFAULT_LANGUAGE);
  const f = inst.services.formatter!;
  f.add('number', (value: number, lng, options: Record<string, unknown>) => formatNumber(lngOf(lng), value, pickNumberOptions(options)));
  f.add('money', (value: number, lng) => formatMoney(lngOf(lng), value));
  f.add('date', (value: string | Date, lng, options: { style?: DateStyle }) => formatDate(lngOf(lng), value, options.style ?? 'medium'));
  f.add('datetime', (value: string | Date | number, lng) => formatDateTime(lngOf(lng), value));
  f.add('list', (value: string[], lng, options: { type?: Intl.ListFormatType }) => formatList(lngOf(lng), value, options.type ?? 'conjunction'));
  f.add('relative', (value: number, lng, options: { unit?: Intl.RelativeTimeFormatUnit }) => formatRelative(lngOf(lng), value, options.unit ?? 'day'));
  return inst;
}

/** i18next hands a formatter every interpolation option too (lng, count, the variables); Intl wants only its own. */
function pickNumberOptions(options: Record<string, unknown>): Intl.NumberFormatOptions {
  const keep = ['minimumFractionDigits', 'maximumFractionDigits', 'style', 'unit', 'unitDisplay', 'signDisplay'];
  return Object.fromEntries(Object.entries(options).filter(([k]) => keep.includes(k)));
}

export const i18n: I18n = create();

/** The process's current language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Changes the language of this process (the user's choice in Settings, the CLI's --lang). */
export function setLanguage(lng: Language): void {
  void i18n.changeLanguage(lng);
}

/**
 * A translator bound to one language and namespace, whatever the user's language (a client's packet).
 * Pass an array (['frame']) to use declared 'ns:key' literals, as with useTranslation.
 */
export function translatorFor<N extends Namespace | readonly Namespace[]>(lng: Language, ns: N): TFunction<N> {
  return i18n.getFixedT(lng, ns as Namespace) as unknown as TFunction<N>;
}

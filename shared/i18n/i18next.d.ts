// Typed keys: t('frame:nav.bench') is checked against the English catalogs, so a wrong key or
// namespace fails `tsc`. The other languages are held to the same keys by test/unit/i18n.
import 'i18next';
import type { enResources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof enResources;
    returnNull: false;
  }
}

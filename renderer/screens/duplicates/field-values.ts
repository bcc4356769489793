// A merge field's value as the merge screen shows it: data as it is (names, codes, dates), objects in a
// few words, nothing for an empty value (the screen says "(empty)").
import type { TFunction } from 'i18next';
import type { Engineer } from '../../../shared/bench/schema';
import type { MergeField } from '../../../shared/duplicates/merge';

export function fieldValue(field: MergeField, e: Engineer, t: TFunction<['duplicates']>): string {
  switch (field) {
    case 'workingHours': return e.workingHours ? t('duplicates:value.hours', { start: e.workingHours.start, end: e.workingHours.end }) : '';
    case 'rate': return e.rate ? t('duplicates:value.rate', { cost: e.rate.costPerHour ?? '-', bill: e.rate.billPerHour ?? '-', currency: e.rate.currency ?? '' }) : '';
    case 'availability': return e.availability ? [e.availability.status, e.availability.from, e.availability.hoursPerWeek].filter((x) => x !== undefined).join(', ') : '';
    case 'privacy': return e.privacy ? [e.privacy.basis, e.privacy.retainUntil].filter(Boolean).join(', ') : '';
    case 'archived': return e.archived ? t('duplicates:value.yes') : t('duplicates:value.no');
    default: {
      const v = e[field];
      return v === undefined ? '' : String(v);
    }
  }
}

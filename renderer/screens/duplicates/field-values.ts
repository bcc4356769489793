// A merge field's value as the merge screen shows it: data as it is (names, codes), the bench's enum
// values in the reader's words (the same declared keys every screen uses), dates through Intl, objects in
// a few words, nothing for an empty value (the screen says "(empty)").
import type { TFunction } from 'i18next';
import type { Engineer } from '../../../shared/bench/schema';
import type { MergeField } from '../../../shared/duplicates/merge';
import { SENIORITY_WORD, VETTING_STATUS_WORD } from '../../../shared/vetting/rubric';
import { AVAILABILITY_LABEL, BASIS } from '../../components/labels';

export type MergeT = TFunction<['duplicates', 'bench', 'rubric', 'engineer']>;

export function fieldValue(field: MergeField, e: Engineer, t: MergeT, date: (iso: string) => string): string {
  switch (field) {
    case 'workingHours': return e.workingHours ? t('duplicates:value.hours', { start: e.workingHours.start, end: e.workingHours.end }) : '';
    case 'rate': return e.rate ? t('duplicates:value.rate', { cost: e.rate.costPerHour ?? '-', bill: e.rate.billPerHour ?? '-', currency: e.rate.currency ?? '' }) : '';
    case 'availability': {
      const a = e.availability;
      if (!a) return '';
      return [
        t(AVAILABILITY_LABEL[a.status]),
        ...(a.from ? [t('duplicates:value.from', { date: date(a.from) })] : []),
        ...(a.hoursPerWeek !== undefined ? [t('duplicates:value.hoursPerWeek', { n: a.hoursPerWeek })] : []),
      ].join(', ');
    }
    case 'privacy': {
      const p = e.privacy;
      if (!p) return '';
      return [t(BASIS[p.basis]), ...(p.retainUntil ? [t('duplicates:value.until', { date: date(p.retainUntil) })] : [])].join(', ');
    }
    case 'seniority': return e.seniority ? t(SENIORITY_WORD[e.seniority]) : '';
    case 'vettingStatus': return e.vettingStatus ? t(VETTING_STATUS_WORD[e.vettingStatus]) : '';
    case 'archived': return e.archived ? t('duplicates:value.yes') : t('duplicates:value.no');
    default: {
      const v = e[field];
      return v === undefined ? '' : String(v);
    }
  }
}

// Why two records look like one person, as data: people read it in their language (reasonText), the
// JSON output (cli.md) in English words (reasonInWords), both from this one list.
import type { KeyedText } from '../api/errors';
import type { NameMatch } from './names';

export type NameHow = NameMatch['how'];

export type DuplicateReason =
  | { code: 'same_email' }
  | { code: 'same_linkedin' }
  | { code: 'same_github' }
  | { code: 'name'; how: NameHow }
  | { code: 'same_city'; city: string }
  | { code: 'skills_shared'; percent: number }
  | { code: 'similar_years' };

/** The English words of a reason (cli.md's `reasons`). */
export function reasonInWords(r: DuplicateReason): string {
  switch (r.code) {
    case 'same_email': return 'same e-mail';
    case 'same_linkedin': return 'same LinkedIn profile';
    case 'same_github': return 'same GitHub profile';
    case 'name': return r.how;
    case 'same_city': return `both in ${r.city}`;
    case 'skills_shared': return `${r.percent}% of skills shared`;
    case 'similar_years': return 'similar years of experience';
  }
}

const NAME_HOW = {
  'same name': 'duplicates:reason.name.same',
  'same name without accents': 'duplicates:reason.name.noAccents',
  'a second name or surname missing': 'duplicates:reason.name.partMissing',
  'an initial': 'duplicates:reason.name.initial',
  'a typo': 'duplicates:reason.name.typo',
  'names partly alike': 'duplicates:reason.name.partly',
} as const satisfies Record<NameHow, KeyedText['key']>;

/** A reason as keyed words for people (the Duplicates screen, the CV import, the CLI's report): say it with renderText. */
export function reasonText(r: DuplicateReason): KeyedText {
  switch (r.code) {
    case 'same_email': return { key: 'duplicates:reason.sameEmail' };
    case 'same_linkedin': return { key: 'duplicates:reason.sameLinkedin' };
    case 'same_github': return { key: 'duplicates:reason.sameGithub' };
    case 'name': return { key: NAME_HOW[r.how] };
    case 'same_city': return { key: 'duplicates:reason.sameCity', params: { city: r.city } };
    case 'skills_shared': return { key: 'duplicates:reason.skillsShared', params: { percent: r.percent } };
    case 'similar_years': return { key: 'duplicates:reason.similarYears' };
  }
}

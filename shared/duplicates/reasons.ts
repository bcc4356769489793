// Why two records look like one person, as data: the screens say it in the reader's language, the
// command line and the JSON output (cli.md) in English words, both from this one list.
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

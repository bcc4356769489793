// The assembled content of a shortlist export, the one input of the PDF, XLSX and CSV renderers. It is
// built by db/exports/shortlist-data.ts and holds only what a client may read: no cost rate, e-mail,
// phone, link, tag, red flag or internal note is ever copied into it, so no renderer can leak them.
import type { Language } from '../i18n/languages';
import type { Cefr, Hours, Recommendation, Seniority } from '../bench/schema';
import type { FirmProfile } from '../firm/profile';

export interface ExportSkill {
  name: string;
  level: number;
  /** True when an assessment verified this level (the profile only claims the others). */
  verified: boolean;
  years?: number;
}

/** A stretch of the client's day, in hours from its midnight (0..dayHours). */
export interface Span {
  start: number;
  end: number;
}

/** The overlap picture: the client's day as a bar, with their core hours and the engineer's hours on it. */
export interface OverlapBand {
  /** Overlap in hours (2 decimals); null when neither the role nor its client has a time zone. */
  hours: number | null;
  /** The client's (role's) zone the bar is drawn in; null when unknown. */
  clientZone: string | null;
  coreHours: Hours;
  /** Length of the client's day on that date: 24, or 23 / 25 on a DST change. */
  dayHours: number;
  client: Span | null;
  engineer: Span[];
  overlap: Span[];
  /** The engineer's working hours on their own clock, e.g. "09:00-18:00 America/Sao_Paulo". */
  engineerLocal: string;
  /** The engineer's working hours on the client's clock, e.g. "07:00-16:00"; null when unknown. */
  engineerOnClientClock: string | null;
  /** A short judgement for a table: "full", "most", "partial", "little", "none" or "unknown". */
  label: OverlapLabel;
}

export type OverlapLabel = 'full' | 'most' | 'partial' | 'little' | 'none' | 'unknown';

export interface ShortlistExportEngineer {
  /** 1-based position in the shortlist. */
  position: number;
  /** The bench id; left out of anonymised exports. */
  engineerId?: string;
  /** Full name, or "Candidate A" (in the packet's language) when anonymised. */
  name: string;
  country: string;
  countryName: string;
  timeZone: string;
  overlap: OverlapBand;
  seniority: Seniority;
  /** The seniority in the packet's language. */
  seniorityWords: string;
  /** Free text: named packets only. */
  primaryRole?: string;
  yearsExperience?: number;
  english?: Cefr;
  /** Date of the assessment that set the English level, when one did. */
  englishAssessedOn?: string;
  /** Key skills: the role's must-haves and nice-to-haves first, then the strongest others. */
  skills: ExportSkill[];
  recommendation?: Recommendation;
  recommendationWords: string;
  assessedOn?: string;
  strengths: string[];
  /** The profile summary, contact details scrubbed; never in an anonymised packet (free text, not approved). */
  summary?: string;
  /** The pitch note approved for this client, after the automatic scrub (scrub.ts); absent when not approved. */
  pitchNote?: string;
  billRate?: number;
  currency: string;
  /** The availability status in the packet's language. */
  availability?: string;
  availableFrom?: string;
}

export interface RoleProfile {
  title: string;
  clientName: string;
  seniority: Seniority[];
  mustHave: string[];
  niceToHave: string[];
  timeZone?: string;
  coreHours: Hours;
  minOverlapHours?: number;
  minEnglish?: Cefr;
  maxBillRate?: number;
  startDate?: string;
  headcount?: number;
}

export interface ShortlistExport {
  shortlistId: string;
  /** The shortlist's own name (free text): named packets only. */
  shortlistName?: string;
  clientName: string;
  clientIndustry?: string;
  role: RoleProfile;
  /** The date the export speaks for (overlap is computed on it), YYYY-MM-DD. */
  date: string;
  anonymized: boolean;
  /** The client's packet language: every fixed text of the files is written in it. */
  language: Language;
  /** The firm's look and name (Settings > Firm); an empty profile when none is set. */
  firm: FirmProfile;
  engineers: ShortlistExportEngineer[];
}

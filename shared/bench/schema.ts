// The bench file contract (../shared/bench-format/bench.schema.json) as zod schemas. This is the one
// shape every layer exchanges: import/export, the demo generator, the matching engine and the API all
// speak it, so a bench read back from SQLite is literally a `BenchFile`.
import { z } from 'zod';
import { isValidDate } from './dates';
import { EXPECTED, RULES } from './schema-words';
import { timeZoneProblem } from './zones';
import { renderText } from '../api/errors';

export const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const SENIORITIES = ['junior', 'mid', 'senior', 'lead'] as const;
export const ASSESSMENT_KINDS = ['technical_interview', 'system_design', 'coding_exercise', 'english', 'reference_check'] as const;
export const RUBRIC_KEYS = [
  'productionExperience', 'failureHandling', 'systemDesign', 'tradeOffs',
  'communication', 'codeQuality', 'apiIntegration', 'collaboration',
] as const;
export const RED_FLAGS = [
  'tools_not_systems', 'no_failure_story', 'over_engineering', 'no_fallback_plan', 'unclear_communication', 'role_mismatch',
] as const;
export const RECOMMENDATIONS = ['strong_yes', 'yes', 'no', 'strong_no'] as const;
export const AVAILABILITY_STATUSES = ['available', 'interviewing', 'on_assignment', 'unavailable'] as const;
export const VETTING_STATUSES = ['sourced', 'screening', 'vetted', 'rejected'] as const;
export const ROLE_STATUSES = ['open', 'on_hold', 'filled', 'closed'] as const;
export const SHORTLIST_STATUSES = ['proposed', 'sent', 'client_interview', 'accepted', 'declined'] as const;
/** Legal bases for holding a candidate's data (LGPD art. 7, GDPR art. 6). */
export const LEGAL_BASES = ['consent', 'contract', 'legitimate_interest', 'legal_obligation'] as const;
/** The score's weight presets (docs/scoring.md); their weights are in shared/matching/score.ts. */
export const WEIGHT_PRESETS = ['balanced', 'skills first', 'time zone first', 'budget first'] as const;

export type Cefr = (typeof CEFR)[number];
export type Seniority = (typeof SENIORITIES)[number];
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export type RubricKey = (typeof RUBRIC_KEYS)[number];
export type RedFlag = (typeof RED_FLAGS)[number];
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];
export type VettingStatus = (typeof VETTING_STATUSES)[number];
export type RoleStatus = (typeof ROLE_STATUSES)[number];
export type ShortlistStatus = (typeof SHORTLIST_STATUSES)[number];
export type LegalBasis = (typeof LEGAL_BASES)[number];
export type WeightPreset = (typeof WEIGHT_PRESETS)[number];

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, EXPECTED.id);
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, EXPECTED.dateFormat).refine(isValidDate, EXPECTED.calendarDate);
export const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, EXPECTED.clock);
// A window whose end is before its start runs into the next day (22:00-06:00). Equal ends are
// ambiguous (empty, or the whole day?): only 00:00-00:00 is allowed, meaning round the clock; any other
// (09:00-09:00) is refused. docs/scoring.md ("Working hours and core hours") says so for users.
export const hoursSchema = z
  .strictObject({ start: clockSchema, end: clockSchema })
  .refine((h) => h.start !== h.end || h.start === '00:00', {
    path: ['end'],
    message: RULES.zeroLengthHours,
  });
export const timeZoneSchema = z.string().min(1).superRefine((zone, ctx) => {
  const problem = timeZoneProblem(zone);
  // The keyed words ride in params: problem-words.ts says them in the reader's language.
  if (problem) ctx.addIssue({ code: 'custom', message: renderText(problem, 'en'), params: { text: problem } });
});
export const cefrSchema = z.enum(CEFR);
export const senioritySchema = z.enum(SENIORITIES);
export const levelSchema = z.number().int().min(1).max(5);
export const scoreSchema = z.number().int().min(1).max(5);

export const skillSchema = z.strictObject({
  name: z.string().min(1).max(80),
  level: levelSchema,
  years: z.number().min(0).max(60).optional(),
  lastUsed: z.number().int().min(1970).max(2100).optional(),
});

export const rubricScoresSchema = z.strictObject(
  Object.fromEntries(RUBRIC_KEYS.map((k) => [k, scoreSchema.optional()])) as Record<RubricKey, z.ZodOptional<typeof scoreSchema>>,
);

export const assessmentSchema = z.strictObject({
  id: idSchema.optional(),
  date: dateSchema,
  kind: z.enum(ASSESSMENT_KINDS),
  assessor: z.string().min(1).max(120),
  scores: rubricScoresSchema.optional(),
  verifiedSkills: z.array(z.strictObject({ name: z.string().min(1), level: levelSchema })).optional(),
  englishLevel: cefrSchema.optional(),
  redFlags: z.array(z.enum(RED_FLAGS)).optional(),
  recommendation: z.enum(RECOMMENDATIONS).optional(),
  recommendedSeniority: senioritySchema.optional(),
  notes: z.string().max(20000).optional(),
  /** Why an amendment corrects the record it amends (an extension of the shared bench format; optional). */
  amendReason: z.string().max(2000).optional(),
});

/**
 * Why the firm holds this person's data and until when (LGPD / GDPR). `erasedAt` marks a record whose
 * personal data was erased on request: what remains is anonymous (docs/privacy.md).
 */
export const privacySchema = z.strictObject({
  basis: z.enum(LEGAL_BASES),
  consentDate: dateSchema.optional(),
  source: z.string().max(200).optional(),
  purpose: z.string().max(500).optional(),
  retainUntil: dateSchema.optional(),
  erasedAt: dateSchema.optional(),
});

export const engineerSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  email: z.string().max(254).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, EXPECTED.country),
  city: z.string().max(120).optional(),
  timeZone: timeZoneSchema,
  workingHours: hoursSchema.optional(),
  englishLevel: cefrSchema.optional(),
  seniority: senioritySchema,
  yearsExperience: z.number().min(0).max(60).optional(),
  primaryRole: z.string().max(80).optional(),
  summary: z.string().max(5000).optional(),
  skills: z.array(skillSchema),
  rate: z.strictObject({
    costPerHour: z.number().min(0).optional(),
    billPerHour: z.number().min(0).optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, EXPECTED.currency).optional(),
  }).optional(),
  availability: z.strictObject({
    status: z.enum(AVAILABILITY_STATUSES),
    from: dateSchema.optional(),
    hoursPerWeek: z.number().min(0).max(80).optional(),
  }).optional(),
  vettingStatus: z.enum(VETTING_STATUSES).optional(),
  /** The day the engineer entered sourcing: the vetting queue counts the wait from it (absent: the day they were added). */
  sourcedDate: dateSchema.optional(),
  tags: z.array(z.string().min(1).max(60)).optional(),
  links: z.array(z.string().max(500)).optional(),
  assessments: z.array(assessmentSchema).optional(),
  archived: z.boolean().optional(),
  privacy: privacySchema.optional(),
});

export const clientSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  timeZone: timeZoneSchema.optional(),
  industry: z.string().max(80).optional(),
  notes: z.string().max(20000).optional(),
});

export const requirementSchema = z.strictObject({
  skill: z.string().min(1).max(80),
  minLevel: levelSchema.optional(),
  minYears: z.number().min(0).max(60).optional(),
  weight: z.number().int().min(1).max(3).optional(),
});

export const roleSchema = z.strictObject({
  id: idSchema,
  clientId: idSchema,
  title: z.string().min(1).max(200),
  description: z.string().max(50000).optional(),
  seniority: z.array(senioritySchema).optional(),
  mustHave: z.array(requirementSchema).optional(),
  niceToHave: z.array(requirementSchema).optional(),
  timeZone: timeZoneSchema.optional(),
  coreHours: hoursSchema.optional(),
  minOverlapHours: z.number().min(0).max(24).optional(),
  minEnglish: cefrSchema.optional(),
  maxBillRate: z.number().min(0).optional(),
  startDate: dateSchema.optional(),
  headcount: z.number().int().min(1).optional(),
  requireVetted: z.boolean().optional(),
  status: z.enum(ROLE_STATUSES).optional(),
  /** The score's weight preset for this role; balanced when absent. */
  preset: z.enum(WEIGHT_PRESETS).optional(),
});

export const shortlistEntrySchema = z.strictObject({
  engineerId: idSchema,
  note: z.string().max(5000).optional(),
  status: z.enum(SHORTLIST_STATUSES).optional(),
  /**
   * The pitch note as a person approved it for the client (client packets carry a pitch note only while
   * it still equals this text: editing the note withdraws the approval). Not in bench format v1's JSON
   * schema yet; see docs/privacy.md, "Client packets".
   */
  approvedNote: z.string().max(5000).optional(),
});

export const shortlistSchema = z.strictObject({
  id: idSchema,
  roleId: idSchema,
  name: z.string().min(1).max(200),
  entries: z.array(shortlistEntrySchema).optional(),
});

export const benchFileSchema = z.strictObject({
  format: z.literal('benchmatch.bench'),
  version: z.literal(1),
  exportedAt: z.string().optional(),
  engineers: z.array(engineerSchema).optional(),
  clients: z.array(clientSchema).optional(),
  roles: z.array(roleSchema).optional(),
  shortlists: z.array(shortlistSchema).optional(),
});

export type Skill = z.infer<typeof skillSchema>;
export type RubricScores = z.infer<typeof rubricScoresSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type Engineer = z.infer<typeof engineerSchema>;
export type Privacy = z.infer<typeof privacySchema>;
export type Client = z.infer<typeof clientSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Role = z.infer<typeof roleSchema>;
export type ShortlistEntry = z.infer<typeof shortlistEntrySchema>;
export type Shortlist = z.infer<typeof shortlistSchema>;
export type BenchFile = z.infer<typeof benchFileSchema>;
export type Hours = z.infer<typeof hoursSchema>;

/** Defaults the matching rules and the UI rely on, named once. */
export const DEFAULT_WORKING_HOURS: Hours = { start: '09:00', end: '18:00' };
export const DEFAULT_CORE_HOURS: Hours = { start: '09:00', end: '17:00' };

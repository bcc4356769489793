// Row builders for the whole-table reads behind the snapshot: each field written out at its column index.
import type { AssessmentRow, EngineerRow } from '../database';

export const ENGINEER_READ_COLUMNS = ['pk', 'id', 'name', 'name_key', 'email', 'country', 'city', 'time_zone', 'work_start', 'work_end', 'english_level', 'seniority', 'years_experience', 'primary_role', 'summary', 'has_rate', 'cost_per_hour', 'bill_per_hour', 'currency', 'availability_status', 'available_from', 'hours_per_week', 'vetting_status', 'tags', 'links', 'has_assessments', 'archived', 'created_at', 'updated_at', 'privacy', 'sourced_date'] as const satisfies readonly (keyof EngineerRow)[];

/** Builds the row from a raw() array: a JS object literal is far cheaper than better-sqlite3's row objects at 100k rows. */
export function engineerRowFromValues(v: unknown[]): EngineerRow {
  return {
    pk: v[0] as EngineerRow['pk'],
    id: v[1] as EngineerRow['id'],
    name: v[2] as EngineerRow['name'],
    name_key: v[3] as EngineerRow['name_key'],
    email: v[4] as EngineerRow['email'],
    country: v[5] as EngineerRow['country'],
    city: v[6] as EngineerRow['city'],
    time_zone: v[7] as EngineerRow['time_zone'],
    work_start: v[8] as EngineerRow['work_start'],
    work_end: v[9] as EngineerRow['work_end'],
    english_level: v[10] as EngineerRow['english_level'],
    seniority: v[11] as EngineerRow['seniority'],
    years_experience: v[12] as EngineerRow['years_experience'],
    primary_role: v[13] as EngineerRow['primary_role'],
    summary: v[14] as EngineerRow['summary'],
    has_rate: v[15] as EngineerRow['has_rate'],
    cost_per_hour: v[16] as EngineerRow['cost_per_hour'],
    bill_per_hour: v[17] as EngineerRow['bill_per_hour'],
    currency: v[18] as EngineerRow['currency'],
    availability_status: v[19] as EngineerRow['availability_status'],
    available_from: v[20] as EngineerRow['available_from'],
    hours_per_week: v[21] as EngineerRow['hours_per_week'],
    vetting_status: v[22] as EngineerRow['vetting_status'],
    tags: v[23] as EngineerRow['tags'],
    links: v[24] as EngineerRow['links'],
    has_assessments: v[25] as EngineerRow['has_assessments'],
    archived: v[26] as EngineerRow['archived'],
    created_at: v[27] as EngineerRow['created_at'],
    updated_at: v[28] as EngineerRow['updated_at'],
    privacy: v[29] as EngineerRow['privacy'],
    sourced_date: v[30] as EngineerRow['sourced_date'],
  };
}

export const ASSESSMENT_READ_COLUMNS = ['pk', 'id', 'engineer_pk', 'position', 'date', 'kind', 'assessor', 'scores', 'verified_skills', 'english_level', 'red_flags', 'recommendation', 'recommended_seniority', 'notes', 'status', 'amends_pk', 'created_at', 'created_by', 'finalized_at', 'amend_reason'] as const satisfies readonly (keyof AssessmentRow)[];

/** Builds the row from a raw() array: a JS object literal is far cheaper than better-sqlite3's row objects at 100k rows. */
export function assessmentRowFromValues(v: unknown[]): AssessmentRow {
  return {
    pk: v[0] as AssessmentRow['pk'],
    id: v[1] as AssessmentRow['id'],
    engineer_pk: v[2] as AssessmentRow['engineer_pk'],
    position: v[3] as AssessmentRow['position'],
    date: v[4] as AssessmentRow['date'],
    kind: v[5] as AssessmentRow['kind'],
    assessor: v[6] as AssessmentRow['assessor'],
    scores: v[7] as AssessmentRow['scores'],
    verified_skills: v[8] as AssessmentRow['verified_skills'],
    english_level: v[9] as AssessmentRow['english_level'],
    red_flags: v[10] as AssessmentRow['red_flags'],
    recommendation: v[11] as AssessmentRow['recommendation'],
    recommended_seniority: v[12] as AssessmentRow['recommended_seniority'],
    notes: v[13] as AssessmentRow['notes'],
    status: v[14] as AssessmentRow['status'],
    amends_pk: v[15] as AssessmentRow['amends_pk'],
    created_at: v[16] as AssessmentRow['created_at'],
    created_by: v[17] as AssessmentRow['created_by'],
    finalized_at: v[18] as AssessmentRow['finalized_at'],
    amend_reason: v[19] as AssessmentRow['amend_reason'],
  };
}

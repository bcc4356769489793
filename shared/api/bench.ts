// Bench-wide methods: counts, import, export, backup.
import { z } from 'zod';
import { method } from './define';
import type { Problem } from './errors';

export interface BenchStats {
  engineers: number;
  archived: number;
  vetted: number;
  clients: number;
  roles: number;
  openRoles: number;
  shortlists: number;
  assessments: number;
  skills: number;
  fileBytes: number;
  schemaVersion: string;
  path: string;
}

export interface ImportReport {
  dryRun: boolean;
  /** Counts of records created and updated, per kind. */
  created: Record<'engineers' | 'clients' | 'roles' | 'shortlists' | 'assessments', number>;
  updated: Record<'engineers' | 'clients' | 'roles' | 'shortlists' | 'assessments', number>;
  /** Non-fatal notes: unknown skills become custom skills, possible duplicates. */
  warnings: Problem[];
}

export const benchApi = {
  stats: method(z.object({}))<BenchStats>(),
  importFile: method(z.object({ path: z.string().min(1), dryRun: z.boolean().optional() }), { mutates: true })<ImportReport>(),
  exportFile: method(z.object({ path: z.string().min(1) }))<{ path: string; engineers: number }>(),
  backup: method(z.object({ out: z.string().min(1).optional() }))<{ path: string; bytes: number }>(),
};

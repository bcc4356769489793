// Documents in (shared/api/cv.ts): CVs read into drafts, saved after review or imported in a batch, and
// job posting files read into draft roles. Reading writes nothing; a save is one transaction that writes
// the engineer, keeps the original file and logs the change (field names only: candidate data never
// goes to the log).
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { cvApi, CvImportResult, CvReading } from '../../../shared/api/cv';
import type { HandlersFor } from '../../../shared/api/define';
import { ApiError, problem, renderText, type KeyedText } from '../../../shared/api/errors';
import { todayLocal } from '../../../shared/bench/dates';
import { engineerSchema, type Engineer } from '../../../shared/bench/schema';
import { draftCv, draftToEngineer } from '../../../shared/cv/draft';
import { cvFieldText, mergeIntoExisting, profileFromDraft, type CvProfile } from '../../../shared/cv/profile';
import { reasonText } from '../../../shared/duplicates/reasons';
import { draftRoleFromText } from '../../../shared/jd/extract';
import { zodProblems } from '../../bench-file/validate';
import { DOCUMENT_MAX_BYTES, tooLarge } from '../../documents/limit';
import { readDocument, type DocumentText } from '../../documents/read';
import { writeBench } from '../../repos/bench-writer';
import { readEngineers } from '../../repos/bench-reader';
import { appendChange } from '../../repos/change-log';
import { keepDocument } from '../../repos/engineer-documents';
import { newEngineerId } from '../../repos/new-engineer-id';
import type { ServiceContext } from '../context';
import { samePersonFinder } from '../cv/same-person';
import { discardUpload, uploadedFile } from '../uploads';

/** A result's words: English in message (JSON), keyed in text. */
const said = (text: KeyedText) => ({ message: renderText(text, 'en'), text });

function readBytes(path: string): Uint8Array {
  const name = basename(path);
  try {
    const st = statSync(path);
    if (!st.isFile()) throw ApiError.keyed('invalid_input', { key: 'errors:cv.notAFile', params: { name } });
    if (st.size > DOCUMENT_MAX_BYTES) {
      const why = tooLarge(st.size);
      throw ApiError.keyed('invalid_input', { key: 'errors:document.refused', params: { name, why } }, { key: 'errors:document.tooBigHint' }, [problem(name, why)]);
    }
    return readFileSync(path);
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw ApiError.keyed('not_found', { key: 'errors:cv.cannotRead', params: { name, code: (e as NodeJS.ErrnoException).code ?? 'EIO' } }, undefined, [problem(name, { key: 'errors:cv.noSuchFile' })]);
  }
}

export function cvHandlers({ bench, raw }: ServiceContext): HandlersFor<typeof cvApi> {
  const findSamePerson = samePersonFinder(bench);
  /** `added`: engineers this call wrote already (the bench snapshot shows them only after the call). */
  async function reading(bytes: Uint8Array, name: string, doc?: DocumentText, added: readonly Engineer[] = []): Promise<CvReading> {
    const d = doc ?? (await readDocument(bytes, name));
    const draft = draftCv(d.text, todayLocal());
    const { engineer, sources } = draftToEngineer(draft);
    const candidate = { ...engineer, name: engineer.name ?? '', skills: engineer.skills ?? [] } as Omit<Engineer, 'id'>;
    const samePerson = candidate.name ? findSamePerson(candidate, added) : [];
    return { file: name, kind: d.kind, pages: d.pages, draft, engineer, sources, warnings: [...d.warnings, ...draft.warnings], samePerson };
  }

  /** Writes the engineer and keeps the file, in one transaction; the profile was checked by the schema. */
  function save(profile: CvProfile, file: { name: string; kind: string; bytes: Uint8Array }, actor: string, updateId?: string): { engineerId: string; created: boolean } {
    return raw.transaction(() => {
      let record: Engineer;
      if (updateId) {
        const existing = readEngineers(raw, [updateId])[0];
        if (!existing) throw ApiError.keyed('not_found', { key: 'errors:cv.noEngineer', params: { id: updateId } }, undefined, [problem('/updateId', { key: 'errors:cv.noSuchEngineer' })]);
        record = mergeIntoExisting(existing, profile);
      } else record = { ...profile, id: newEngineerId(raw) };
      const parsed = engineerSchema.safeParse(record);
      if (!parsed.success) throw ApiError.keyed('invalid_input', { key: 'errors:cv.incomplete' }, undefined, zodProblems(parsed.error));
      writeBench(raw, { format: 'benchmatch.bench', version: 1, engineers: [parsed.data] }, { actor });
      keepDocument(raw, parsed.data.id, file, actor);
      appendChange(raw, { actor, action: updateId ? 'update' : 'create', entity: 'engineer', entityId: parsed.data.id, detail: { source: 'cv', fields: Object.keys(profile).sort() } });
      return { engineerId: parsed.data.id, created: !updateId };
    }).immediate();
  }

  return {
    async readCvFile({ path }) {
      return reading(readBytes(path), basename(path));
    },
    async readCvUpload({ upload }) {
      const f = uploadedFile(upload);
      return reading(readBytes(f.path), f.name);
    },
    async saveCvDraft({ upload, profile, updateId }, ctx) {
      const f = uploadedFile(upload);
      const bytes = readBytes(f.path);
      // Read again for the kind (and to refuse a file that changed into something unreadable meanwhile).
      const doc = await readDocument(bytes, f.name);
      const saved = save(profile as CvProfile, { name: f.name, kind: doc.kind, bytes }, ctx.actor, updateId);
      discardUpload(upload);
      return saved;
    },
    async importCvFiles({ paths, dryRun, updateDuplicates }, ctx) {
      const results: CvImportResult[] = [];
      const added: Engineer[] = [];
      for (const [i, path] of paths.entries()) {
        const file = basename(path);
        ctx.progress?.(i / paths.length, { key: 'errors:progress.readingCv', params: { n: i + 1, total: paths.length } });
        try {
          const bytes = readBytes(path);
          const doc = await readDocument(bytes, file);
          const r = await reading(bytes, file, doc, added);
          const { profile, missing } = profileFromDraft(r.draft);
          if (!profile) {
            results.push({ file, outcome: 'refused', ...said({ key: 'errors:cv.missingFields', params: { fields: missing.map(cvFieldText), count: missing.length } }) });
            continue;
          }
          const same = r.samePerson[0];
          if (same && !updateDuplicates) {
            results.push({ file, outcome: 'duplicate', engineerId: same.engineerId, ...said({ key: 'errors:cv.samePerson', params: { id: same.engineerId, reasons: same.why.map(reasonText) } }) });
            continue;
          }
          if (dryRun) {
            added.push({ ...profile, id: `dry-run-${i}` });
            results.push({ file, outcome: same ? 'updated' : 'created', ...(same ? { engineerId: same.engineerId } : {}) });
            continue;
          }
          const saved = save(profile, { name: file, kind: doc.kind, bytes }, ctx.actor, same?.engineerId);
          if (saved.created) added.push({ ...profile, id: saved.engineerId });
          results.push({ file, outcome: saved.created ? 'created' : 'updated', engineerId: saved.engineerId });
        } catch (e) {
          const err = ApiError.of(e);
          if (err.code === 'internal') throw e;
          const first = err.problems?.[0];
          results.push({ file, outcome: 'refused', message: first?.message ?? err.message, ...(first?.text ? { text: first.text } : err.text ? { text: err.text.message } : {}) });
        }
      }
      ctx.progress?.(1, { key: 'errors:progress.done' });
      return { dryRun: !!dryRun, results };
    },
    async readPostingUpload({ upload }) {
      const f = uploadedFile(upload);
      const doc = await readDocument(readBytes(f.path), f.name);
      discardUpload(upload);
      return { ...draftRoleFromText(doc.text, todayLocal()), text: doc.text.slice(0, 50_000), warnings: doc.warnings };
    },
  };
}

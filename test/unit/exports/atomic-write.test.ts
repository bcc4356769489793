// A failed export leaves no file: not at the target, and no temporary file beside it.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../db/exports/atomic-write';
import { sayProblem, type ApiError } from '../../../shared/api/errors';
import { fixtureBench } from './fixture';
import { benchWith, type TestBench } from './helpers';

let t: TestBench;
beforeAll(async () => {
  t = await benchWith(fixtureBench());
});
afterAll(() => t?.cleanup());

describe('atomic export writes', () => {
  it('a renderer that throws leaves no file and keeps an existing one intact', async () => {
    const dir = join(t.dir, 'throws');
    mkdirSync(dir);
    const target = join(dir, 'out.pdf');
    await expect(writeFileAtomic(target, () => { throw new Error('renderer broke'); })).rejects.toThrow('renderer broke');
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(target, 'previous export');
    await expect(writeFileAtomic(target, async () => { throw new Error('renderer broke again'); })).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('previous export');
    expect(readdirSync(dir)).toEqual(['out.pdf']);
  });

  it('an unwritable folder is refused with a clear message and leaves nothing', async () => {
    const dir = join(t.dir, 'locked');
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    try {
      const target = join(dir, 'shortlist.xlsx');
      const attempt = t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'xlsx', out: target });
      // Root ignores folder permissions; the test then checks the success path is whole instead.
      if (process.getuid?.() === 0) {
        await attempt;
        expect(readdirSync(dir)).toEqual(['shortlist.xlsx']);
      } else {
        await expect(attempt).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('permission denied') });
        expect(readdirSync(dir)).toEqual([]);
      }
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('a target whose folder is missing, or a folder, is refused before anything is written', async () => {
    const missing = await t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'pdf', out: join(t.dir, 'no', 'such', 'x.pdf') }).catch((e: unknown) => e as ApiError);
    expect(missing).toMatchObject({ code: 'invalid_input', problems: [{ where: '/out' }] });
    // Said in the account manager's language (the export dialog and the CLI show say()).
    expect((missing as ApiError).say('pt-BR').message).toBe(`A pasta ${join(t.dir, 'no', 'such')} não existe.`);
    expect(sayProblem((missing as ApiError).problems![0]!, 'es-419').message).toBe('un archivo en una carpeta existente');
    expect(existsSync(join(t.dir, 'no'))).toBe(false);
    await expect(t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'pdf', out: t.dir })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('a write that fails midway (the rename is blocked once the bytes are out) leaves no file', async () => {
    const dir = join(t.dir, 'midway');
    mkdirSync(dir);
    const target = join(dir, 'x.csv');
    // While the export renders, something puts a non-empty folder at the target: the rename fails
    // after the temporary file was written, the way a full disk or a yanked drive fails late.
    const err = await writeFileAtomic(target, () => {
      mkdirSync(target);
      writeFileSync(join(target, 'keep'), '');
      return Buffer.from('a,b\r\n');
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(readdirSync(dir)).toEqual(['x.csv']);
    expect(readdirSync(target)).toEqual(['keep']);
  });
});

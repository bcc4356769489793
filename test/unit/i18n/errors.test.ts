// Errors for people are keyed: the English message (logs, JSON) and the reader's language come from the
// same catalog entry, and survive the trip across a transport (toJSON / from).
import { describe, expect, it } from 'vitest';
import { benchFailure } from '../../../db/failures';
import { ApiError } from '../../../shared/api/errors';

describe('keyed errors', () => {
  const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });

  it('carry English in message and hint, and say themselves in each language', () => {
    const e = benchFailure(full, '/data/bench.sqlite')!;
    expect(e.message).toBe('The disk holding /data/bench.sqlite is full. Nothing was written.');
    expect(e.hint).toBe('Free some space on that disk and try again.');
    expect(e.say('es-419')).toEqual({ message: 'El disco donde está /data/bench.sqlite está lleno. No se escribió nada.', hint: 'Libera espacio en ese disco y vuelve a intentarlo.' });
    expect(e.say('pt-BR').message).toBe('O disco onde está /data/bench.sqlite está cheio. Nada foi gravado.');
  });

  it('keep their keys across a transport', () => {
    const back = ApiError.from(JSON.parse(JSON.stringify(benchFailure(full, '/b.sqlite')!.toJSON())));
    expect(back.say('pt-BR').hint).toBe('Libere espaço nesse disco e tente novamente.');
  });

  it('an error without keys says its English message in any language', () => {
    expect(new ApiError('not_found', 'No role with id "r-9"').say('es-419')).toEqual({ message: 'No role with id "r-9"' });
  });
});

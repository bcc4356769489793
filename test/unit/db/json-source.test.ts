// The chunked byte scanner behind large imports (db/bench-file/json-source.ts) must give exactly what
// JSON.parse of the whole text gives, item by item, whatever the chunk size, and must never guess on
// text it does not understand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NeedsWholeText, sourceOfBytes } from '../../../db/bench-file/json-source';

const SPLIT = ['engineers', 'clients'];
const bytes = (text: string) => Buffer.from(text, 'utf8');

/** The source read back into one value (items visited in order), the way an import sees it. */
function readAll(text: string | Buffer, chunk?: number): { head: unknown; items: Record<string, unknown[]> } {
  const items: Record<string, unknown[]> = {};
  const head = sourceOfBytes(typeof text === 'string' ? bytes(text) : text, SPLIT, chunk).read((key, item, i) => {
    items[key] ??= [];
    expect(i).toBe(items[key]!.length);
    items[key]!.push(item);
  });
  return { head, items };
}

const key = fc.oneof(fc.constantFrom('engineers', 'clients', '__proto__', 'a"b', 'c\\', 'ñandú'), fc.string({ unit: 'binary' }));
const value = fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()));

describe('sourceOfBytes', () => {
  it('reads every top-level value and record item exactly as JSON.parse does, whatever the spacing and chunk size', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value), fc.constantFrom(undefined, 2, '\t'), fc.integer({ min: 1, max: 64 }), (obj, indent, chunk) => {
        const text = JSON.stringify(obj, null, indent);
        const parsed = JSON.parse(text) as Record<string, unknown>;
        const { head, items } = readAll(text, chunk);
        const read: Record<string, unknown> = { ...(head as object) };
        for (const [k, v] of Object.entries(items)) read[k] = v;
        for (const k of SPLIT) if (Array.isArray(parsed[k]) && !(k in items)) read[k] = []; // an empty array visits nothing
        expect(Object.keys(read).sort()).toEqual(Object.keys(parsed).sort());
        for (const k of Object.keys(parsed)) expect(read[k]).toEqual(parsed[k]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps "__proto__" as an own key; the last of repeated plain keys wins', () => {
    const { head } = readAll('{"__proto__": {"x": 1}, "v": 1, "engineers": [1], "v": 2}');
    expect(Object.getPrototypeOf(head)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(head, '__proto__')).toBe(true);
    expect((head as { v: number }).v).toBe(2);
  });

  it('skips a byte-order mark and reads strings with escaped quotes, backslashes and brackets across chunks', () => {
    const text = '\ufeff{"engineers": [{"name": "a\\"]}\\\\", "x": "[{"}, {"y": "\\\\"}], "n": 12345}';
    for (const chunk of [1, 3, 8, 1024]) {
      const { head, items } = readAll(text, chunk);
      expect(items.engineers).toEqual([{ name: 'a"]}\\', x: '[{' }, { y: '\\' }]);
      expect(head).toEqual({ n: 12345 });
    }
  });

  it('hands text it does not understand to the whole-text path', () => {
    const cases = [
      '', '   ', '[1, 2]', '"text"', '{"a": 1', '{"a": 1} x', '{"engineers": [1, 2}', '{a: 1}', '{"a" 1}',
      '{"engineers": [{"id": "a",}, {"id": "b"}]}', // an item that is not JSON
      '{"engineers": [1], "engineers": [2]}', // JSON.parse would keep only the second array
    ];
    for (const text of cases) expect(() => readAll(text, 4), text).toThrow(NeedsWholeText);
    const latin1 = Buffer.concat([bytes('{"engineers": [{"name": "'), Buffer.from([0xe9]), bytes('"}]}')]);
    expect(() => readAll(latin1)).toThrow(NeedsWholeText);
  });

  it('reports how far it has read', () => {
    const text = JSON.stringify({ engineers: Array.from({ length: 50 }, (_, i) => ({ id: `e-${i}` })) });
    const source = sourceOfBytes(bytes(text), SPLIT, 16);
    const seen: number[] = [];
    source.read(() => seen.push(source.fraction()));
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
    expect(source.fraction()).toBe(1);
  });
});

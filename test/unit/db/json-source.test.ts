// The byte scanner behind large imports (db/bench-file/json-source.ts) must give exactly what JSON.parse
// of the whole text gives, item by item, and must never guess on text it does not understand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceOfBytes, UnreadableItem, type JsonSource } from '../../../db/bench-file/json-source';

const SPLIT = ['engineers', 'clients'];
const bytes = (text: string) => Buffer.from(text, 'utf8');

/** The source read back into one value, the way an import sees it. */
function whole(source: JsonSource): unknown {
  const head = source.head as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(head)) Object.defineProperty(out, k, { value: head[k], enumerable: true, writable: true, configurable: true });
  for (const k of SPLIT) {
    const items = source.items(k);
    if (items) out[k] = Array.from({ length: items.length }, (_, i) => items.at(i));
  }
  return out;
}

const key = fc.oneof(fc.constantFrom('engineers', 'clients', '__proto__', 'a"b', 'c\\', 'ñandú'), fc.string({ unit: 'binary' }));
const value = fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()));

describe('sourceOfBytes', () => {
  it('reads every top-level value and array item exactly as JSON.parse does, whatever the spacing', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value), fc.constantFrom(undefined, 2, '\t'), (obj, indent) => {
        const text = JSON.stringify(obj, null, indent);
        const source = sourceOfBytes(bytes(text), SPLIT);
        expect(source).not.toBeNull();
        const parsed = JSON.parse(text) as Record<string, unknown>;
        const read = whole(source!) as Record<string, unknown>;
        expect(Object.keys(read).sort()).toEqual(Object.keys(parsed).sort());
        for (const k of Object.keys(parsed)) expect(read[k]).toEqual(parsed[k]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps "__proto__" as an own key and lets the last of repeated keys win', () => {
    const source = sourceOfBytes(bytes('{"__proto__": {"x": 1}, "engineers": [1], "engineers": [2, 3], "v": 1, "v": 2}'), SPLIT)!;
    const head = source.head as Record<string, unknown>;
    expect(Object.getPrototypeOf(head)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(head, '__proto__')).toBe(true);
    expect(head.v).toBe(2);
    const items = source.items('engineers')!;
    expect([items.at(0), items.at(1)]).toEqual([2, 3]);
  });

  it('skips a byte-order mark and reads strings with escaped quotes, backslashes and brackets', () => {
    const text = '\ufeff{"engineers": [{"name": "a\\"]}\\\\", "x": "[{"}, {"y": "\\\\"}]}';
    const items = sourceOfBytes(bytes(text), SPLIT)!.items('engineers')!;
    expect(items.length).toBe(2);
    expect(items.at(0)).toEqual({ name: 'a"]}\\', x: '[{' });
    expect(items.at(1)).toEqual({ y: '\\' });
  });

  it('gives null for what it does not understand, so the whole-text path reports it', () => {
    for (const text of ['', '   ', '[1, 2]', '"text"', '{"a": 1', '{"a": 1} x', '{"engineers": [1, 2}', '{a: 1}', '{"a" 1}']) {
      expect(sourceOfBytes(bytes(text), SPLIT), text).toBeNull();
    }
  });

  it('throws UnreadableItem for an item that is not JSON or not UTF-8, when it is read', () => {
    const bad = sourceOfBytes(bytes('{"engineers": [{"id": "a",}, {"id": "b"}]}'), SPLIT)!;
    expect(bad.items('engineers')!.at(1)).toEqual({ id: 'b' });
    expect(() => bad.items('engineers')!.at(0)).toThrow(UnreadableItem);
    const latin1 = Buffer.concat([bytes('{"engineers": [{"name": "'), Buffer.from([0xe9]), bytes('"}]}')]);
    expect(() => sourceOfBytes(latin1, SPLIT)!.items('engineers')!.at(0)).toThrow(UnreadableItem);
  });
});

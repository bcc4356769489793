// Posting lists and list-id sets are stored as little-endian uint32 / uint8 blobs (every platform
// BenchMatch runs on is little-endian). SQLite hands blobs back as Buffers at any byte offset, so a
// uint32 view needs its own aligned copy.

export function u32Blob(a: ArrayLike<number>): Buffer {
  const t = a instanceof Uint32Array ? a : Uint32Array.from(a);
  return Buffer.from(t.buffer, t.byteOffset, t.byteLength);
}

export function u8Blob(a: ArrayLike<number>): Buffer {
  const t = a instanceof Uint8Array ? a : Uint8Array.from(a);
  return Buffer.from(t.buffer, t.byteOffset, t.byteLength);
}

export function readU32(b: Buffer): Uint32Array {
  const out = new Uint32Array(b.byteLength >>> 2);
  new Uint8Array(out.buffer).set(b.subarray(0, out.byteLength));
  return out;
}

export function readU8(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

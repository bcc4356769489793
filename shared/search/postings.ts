// The build's two hot structures. 100k engineers make millions of (list, engineer, weight) entries and
// a couple of million summary words, so both avoid per-entry JS objects: entries go into fixed-size
// typed chunks (never copied to grow), and raw words are looked up by hashing their characters in
// place, without slicing a string per word.
import { tokenize } from './tokenize';

export interface Posting {
  ids: Uint32Array;
  w: Uint8Array;
}

const CHUNK = 1 << 20;

/** Collects each engineer's entries in turn (engineers in increasing order), then lays every list out
 *  in one shared typed array, counting first: each list comes out sorted, and a repeat (a word in both
 *  the name and the summary) is always the list's last entry, so the best weight is kept in place. */
export class PostingBuilder {
  private lists = 0;
  private fixed = new Map<number, { ids: Uint32Array; weight: number }>();
  private chunksList: Uint32Array[] = [];
  private chunksW: Uint8Array[] = [];
  private curList = new Uint32Array(CHUNK);
  private curW = new Uint8Array(CHUNK);
  private pos = 0;
  private total = 0;
  /** Entry number where each engineer's entries start (engineer i: engOff[i]..engOff[i+1]). */
  private engOff: Uint32Array;

  constructor(n: number) {
    this.engOff = new Uint32Array(n + 1);
  }

  create(): number {
    return this.lists++;
  }

  /** Starts engineer i's entries; call for every engineer in order, then `add` its entries. */
  begin(i: number): void {
    this.engOff[i] = this.total;
  }

  add(list: number, weight: number): void {
    if (this.pos === CHUNK) {
      this.chunksList.push(this.curList);
      this.chunksW.push(this.curW);
      this.curList = new Uint32Array(CHUNK);
      this.curW = new Uint8Array(CHUNK);
      this.pos = 0;
    }
    this.curList[this.pos] = list;
    this.curW[this.pos] = weight;
    this.pos++;
    this.total++;
  }

  /** A list given whole (field values: country, seniority, tag) with one weight. */
  setFixed(list: number, ids: Uint32Array, weight: number): void {
    this.fixed.set(list, { ids, weight });
  }

  finish(n: number): Posting[] {
    this.engOff[n] = this.total;
    const chunksList = [...this.chunksList, this.curList.subarray(0, this.pos)];
    const chunksW = [...this.chunksW, this.curW.subarray(0, this.pos)];
    const L = this.lists;
    const count = new Uint32Array(L);
    for (const c of chunksList) for (let k = 0; k < c.length; k++) count[c[k]!]!++;
    const start = new Uint32Array(L + 1);
    for (let l = 0; l < L; l++) start[l + 1] = start[l]! + count[l]!;
    const allIds = new Uint32Array(this.total);
    const allW = new Uint8Array(this.total);
    const fill = new Uint32Array(L);
    let i = 0;
    let g = 0;
    const engOff = this.engOff;
    for (let c = 0; c < chunksList.length; c++) {
      const cl = chunksList[c]!;
      const cw = chunksW[c]!;
      for (let k = 0; k < cl.length; k++, g++) {
        while (engOff[i + 1]! <= g) i++;
        const l = cl[k]!;
        const s = start[l]!;
        const p = fill[l]!;
        const wt = cw[k]!;
        if (p > 0 && allIds[s + p - 1] === i) {
          if (wt > allW[s + p - 1]!) allW[s + p - 1] = wt;
        } else {
          allIds[s + p] = i;
          allW[s + p] = wt;
          fill[l] = p + 1;
        }
      }
    }
    const out: Posting[] = new Array<Posting>(L);
    for (let l = 0; l < L; l++) {
      const f = this.fixed.get(l);
      if (f) out[l] = { ids: f.ids, w: new Uint8Array(f.ids.length).fill(f.weight) };
      else out[l] = { ids: allIds.subarray(start[l]!, start[l]! + fill[l]!), w: allW.subarray(start[l]!, start[l]! + fill[l]!) };
    }
    return out;
  }
}

/** Raw words (split on spaces, as typed) -> the lists their tokens reach, each distinct word tokenized
 *  once. Lookup hashes the characters of text[from..to) and compares them in place. */
export class WordTable {
  private slots = new Int32Array(1 << 14).fill(-1);
  private raws: string[] = [];
  private hashes: number[] = [];
  private values: number[][] = [];

  constructor(private readonly listOf: (token: string) => number) {}

  /** Adds every list of every space-separated word of `text` to the current engineer's entries. One
   *  pass over the characters finds the word ends and hashes each word as it goes. */
  scan(text: string, pb: PostingBuilder, weight: number): void {
    const len = text.length;
    let from = 0;
    let h = 0x811c9dc5;
    for (let k = 0; k <= len; k++) {
      const c = k < len ? text.charCodeAt(k) : 32;
      if (c !== 32) {
        h = Math.imul(h ^ c, 16777619);
        continue;
      }
      if (k > from) {
        const ls = this.get(text, from, k, h);
        for (let j = 0; j < ls.length; j++) pb.add(ls[j]!, weight);
      }
      from = k + 1;
      h = 0x811c9dc5;
    }
  }

  private get(text: string, from: number, to: number, h: number): number[] {
    const mask = this.slots.length - 1;
    let s = h & mask;
    const n = to - from;
    for (;;) {
      const e = this.slots[s]!;
      if (e < 0) break;
      if (this.hashes[e] === h) {
        const raw = this.raws[e]!;
        if (raw.length === n) {
          let same = true;
          for (let k = 0; k < n; k++) {
            if (raw.charCodeAt(k) !== text.charCodeAt(from + k)) {
              same = false;
              break;
            }
          }
          if (same) return this.values[e]!;
        }
      }
      s = (s + 1) & mask;
    }
    const raw = text.slice(from, to);
    const ls = tokenize(raw).map(this.listOf);
    const e = this.raws.length;
    this.raws.push(raw);
    this.hashes.push(h);
    this.values.push(ls);
    this.slots[s] = e;
    if (this.raws.length * 2 > this.slots.length) this.rehash();
    return ls;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.raws.length; e++) {
      let s = this.hashes[e]! & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = e;
    }
    this.slots = slots;
  }
}

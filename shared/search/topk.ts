// Keeps the best k (score desc, then lower engineer index = id order) of a stream without sorting it all:
// a keystroke can hit 40,000 engineers while the screen shows 50.
export class TopK {
  private readonly idx: number[] = [];
  private readonly sc: number[] = [];

  constructor(private readonly k: number) {}

  /** True when a ranks below b (the root of the heap holds the worst kept item). */
  private worse(ai: number, as: number, bi: number, bs: number): boolean {
    return as < bs || (as === bs && ai > bi);
  }

  push(i: number, s: number): void {
    if (this.k <= 0) return;
    const { idx, sc } = this;
    if (idx.length < this.k) {
      idx.push(i);
      sc.push(s);
      let c = idx.length - 1;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!this.worse(i, s, idx[p]!, sc[p]!)) break;
        idx[c] = idx[p]!;
        sc[c] = sc[p]!;
        c = p;
      }
      idx[c] = i;
      sc[c] = s;
      return;
    }
    if (!this.worse(idx[0]!, sc[0]!, i, s)) return;
    let c = 0;
    const n = idx.length;
    for (;;) {
      const l = 2 * c + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && this.worse(idx[r]!, sc[r]!, idx[l]!, sc[l]!) ? r : l;
      if (!this.worse(idx[m]!, sc[m]!, i, s)) break;
      idx[c] = idx[m]!;
      sc[c] = sc[m]!;
      c = m;
    }
    idx[c] = i;
    sc[c] = s;
  }

  /** The kept items, best first. */
  sorted(): { i: number; s: number }[] {
    return this.idx.map((i, j) => ({ i, s: this.sc[j]! })).sort((a, b) => b.s - a.s || a.i - b.i);
  }
}

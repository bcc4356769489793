// Reading order for text placed on a page. PDF text comes as positioned runs in drawing order, which for
// a two-column CV or one with a sidebar interleaves the columns line by line ("Python  Acme Corp 2019").
// One level of XY-cut: find a vertical gutter that no run crosses over most of the page, read the
// full-width runs above it, then the left column, then the right; repeat below the next full-width run.

export interface Run {
  text: string;
  x: number;
  /** Distance from the top of the page (grows downwards). */
  y: number;
  width: number;
  height: number;
}

const LINE_TOLERANCE = 0.5; // of the run height: runs this close vertically share a line

/** Runs as lines of text, top to bottom, left to right within a line. */
function toLines(runs: Run[]): string[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const r of sorted) {
    const last = lines.at(-1);
    const h = Math.max(r.height, 1);
    if (last && Math.abs(last[0]!.y - r.y) <= h * LINE_TOLERANCE) last.push(r);
    else lines.push([r]);
  }
  const out: string[] = [];
  let prevY: number | undefined;
  let prevH = 0;
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let s = '';
    let end = -Infinity;
    for (const r of line) {
      // A gap wider than a space between runs is a word break pdf.js did not mark.
      if (s && r.x - end > Math.max(r.height, 1) * 0.15 && !/\s$/.test(s) && !/^\s/.test(r.text)) s += ' ';
      s += r.text;
      end = r.x + r.width;
    }
    const y = line[0]!.y;
    // A blank line where the vertical gap is clearly bigger than the line spacing: a new block.
    if (prevY !== undefined && y - prevY > prevH * 1.9) out.push('');
    prevY = y;
    prevH = Math.max(...line.map((r) => r.height), 1);
    out.push(s.replace(/\s+/g, ' ').trim());
  }
  return out;
}

/** An x inside a gap that no column run crosses, between 20% and 80% of the width, or undefined. */
function findGutter(runs: Run[], pageWidth: number): number | undefined {
  if (runs.length < 8) return undefined;
  const step = pageWidth / 200;
  let best: { x: number; crossing: number; width: number } | undefined;
  let gapStart: number | undefined;
  const crossingAt = (x: number) => runs.filter((r) => r.x < x && r.x + r.width > x).length;
  for (let x = pageWidth * 0.2; x <= pageWidth * 0.8; x += step) {
    const crossing = crossingAt(x);
    // A column gutter is crossed only by the few full-width runs (a name, a heading line).
    if (crossing <= Math.max(1, runs.length * 0.08)) {
      gapStart ??= x;
    } else if (gapStart !== undefined) {
      const width = x - gapStart;
      const mid = gapStart + width / 2;
      const c = crossingAt(mid);
      if (!best || width > best.width) best = { x: mid, crossing: c, width };
      gapStart = undefined;
    }
  }
  if (!best || best.width < step * 2) return undefined;
  // Both sides must hold real text, or it is just a ragged right edge.
  const left = runs.filter((r) => r.x + r.width <= best.x).length;
  const right = runs.filter((r) => r.x >= best.x).length;
  if (left < 4 || right < 4) return undefined;
  return best.x;
}

/** The page's text in reading order. */
export function pageText(runs: Run[], pageWidth: number): string {
  const visible = runs.filter((r) => r.text.trim().length > 0);
  const gutter = findGutter(visible, pageWidth);
  if (gutter === undefined) return toLines(visible).join('\n');
  const spans = (r: Run) => r.x < gutter && r.x + r.width > gutter;
  // Full-width lines (a name across the top, a heading over both columns) cut the page into bands.
  const cutLines: number[] = [];
  for (const r of visible.filter(spans).sort((a, b) => a.y - b.y)) {
    if (!cutLines.some((y) => Math.abs(y - r.y) <= Math.max(r.height, 1) * LINE_TOLERANCE)) cutLines.push(r.y);
  }
  const out: string[] = [];
  let top = -Infinity;
  for (const cut of [...cutLines, Infinity]) {
    const band = visible.filter((r) => r.y >= top && r.y < cut - Math.max(r.height, 1) * LINE_TOLERANCE && !spans(r));
    const left = band.filter((r) => r.x + r.width / 2 < gutter);
    const right = band.filter((r) => r.x + r.width / 2 >= gutter);
    if (left.length) out.push(...toLines(left), '');
    if (right.length) out.push(...toLines(right), '');
    if (cut === Infinity) break;
    const line = visible.filter((r) => Math.abs(r.y - cut) <= Math.max(r.height, 1) * LINE_TOLERANCE);
    out.push(...toLines(line), '');
    top = Math.max(...line.map((r) => r.y)) + 0.5;
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

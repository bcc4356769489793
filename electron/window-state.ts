// Remembers the window's size and position between runs (userData/window-state.json), and puts it back
// only where a display still shows it (a laptop unplugged from its monitor must not open off-screen).
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const DEFAULT: WindowState = { bounds: { x: 0, y: 0, width: 1360, height: 860 }, maximized: false };

export function loadWindowState(dir: string): WindowState & { placed: boolean } {
  try {
    const s = JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8')) as WindowState;
    const b = s.bounds;
    if (![b.x, b.y, b.width, b.height].every(Number.isFinite) || b.width < 400 || b.height < 300) throw new Error('bad state');
    const visible = screen.getAllDisplays().some((d) => {
      const a = d.workArea;
      return b.x < a.x + a.width - 50 && b.x + b.width > a.x + 50 && b.y >= a.y - 10 && b.y < a.y + a.height - 50;
    });
    return { bounds: b, maximized: s.maximized === true, placed: visible };
  } catch {
    return { ...DEFAULT, placed: false };
  }
}

export function trackWindowState(win: BrowserWindow, dir: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (win.isDestroyed()) return;
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(join(dir, 'window-state.json'), JSON.stringify(state));
    } catch {
      // Losing the window position is harmless; never stop the app over it.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', save);
}

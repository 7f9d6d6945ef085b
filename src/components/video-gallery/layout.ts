/**
 * Gallery layout and paging math (DOM-free, unit-tested in test/components/video-gallery/layout.test.ts).
 * The gallery measures its own box and asks here how many 16:9 tiles fit, how to arrange them, and which
 * participants a page shows — with the dominant speaker always on the visible page.
 */

export interface GridOptions {
  /** Smallest tile width that still shows a readable name and avatar. */
  readonly minTileWidth: number;
  readonly gap: number;
  /** Tile aspect ratio (width / height). */
  readonly aspect: number;
  /** Upper bound of tiles on one page, whatever the size. */
  readonly maxPerPage: number;
}

export const DEFAULT_GRID: GridOptions = { minTileWidth: 144, gap: 8, aspect: 16 / 9, maxPerPage: 25 };

export interface Grid {
  readonly columns: number;
  readonly rows: number;
  readonly tileWidth: number;
  readonly tileHeight: number;
}

/** How many tiles one page can hold in a `width`×`height` box (at least 1). */
export function tilesPerPage(width: number, height: number, options: GridOptions = DEFAULT_GRID): number {
  const { minTileWidth, gap, aspect, maxPerPage } = options;
  const minTileHeight = minTileWidth / aspect;
  const columns = Math.max(1, Math.floor((width + gap) / (minTileWidth + gap)));
  const rows = Math.max(1, Math.floor((height + gap) / (minTileHeight + gap)));
  return Math.max(1, Math.min(maxPerPage, columns * rows));
}

/** The column/row split that gives `count` tiles the largest size in the box, keeping the aspect ratio. */
export function gridFor(width: number, height: number, count: number, options: GridOptions = DEFAULT_GRID): Grid {
  const { gap, aspect } = options;
  const n = Math.max(1, count);
  let best: Grid = { columns: 1, rows: n, tileWidth: 0, tileHeight: 0 };
  for (let columns = 1; columns <= n; columns++) {
    const rows = Math.ceil(n / columns);
    // Skip splits that leave a whole empty row or column.
    if ((rows - 1) * columns >= n) continue;
    const byWidth = (width - (columns - 1) * gap) / columns;
    const byHeight = ((height - (rows - 1) * gap) / rows) * aspect;
    const tileWidth = Math.max(0, Math.min(byWidth, byHeight));
    if (tileWidth > best.tileWidth) best = { columns, rows, tileWidth, tileHeight: tileWidth / aspect };
  }
  return best;
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, perPage)));
}

export function clampPage(page: number, total: number, perPage: number): number {
  return Math.min(Math.max(0, page), pageCount(total, perPage) - 1);
}

/** The ids shown on `page` (0-based; clamped to the last page). */
export function pageContents<T>(order: readonly T[], perPage: number, page: number): T[] {
  const size = Math.max(1, perPage);
  const start = clampPage(page, order.length, size) * size;
  return order.slice(start, start + size);
}

/**
 * Keeps the tile order stable across state changes: people still present keep their place, newcomers are
 * appended, people who left are removed. A stable order stops tiles from jumping around while someone watches.
 */
export function reconcileOrder<T>(order: readonly T[], present: readonly T[]): T[] {
  const presentSet = new Set(present);
  const kept = order.filter((id) => presentSet.has(id));
  const keptSet = new Set(kept);
  return [...kept, ...present.filter((id) => !keptSet.has(id))];
}

/**
 * Makes `pinned` (the dominant speaker) visible on `page`: when it sits on another page it swaps places with the
 * last tile of this page. The swap is kept in the returned order, so the displaced person is now on the pinned
 * one's old page and everybody stays reachable by paging.
 */
export function promote<T>(order: readonly T[], perPage: number, page: number, pinned: T | undefined): T[] {
  const next = [...order];
  if (pinned === undefined) return next;
  const from = next.indexOf(pinned);
  if (from < 0) return next;
  const size = Math.max(1, perPage);
  const current = clampPage(page, next.length, size);
  const start = current * size;
  const end = Math.min(start + size, next.length);
  if (from >= start && from < end) return next;
  const to = end - 1;
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** The page (0-based) on which `id` appears when nothing is pinned. */
export function pageOf(ids: readonly string[], perPage: number, id: string): number {
  const index = ids.indexOf(id);
  return index < 0 ? 0 : Math.floor(index / Math.max(1, perPage));
}

/** How many people tiles fit in the strip under a screen share. */
export function stripCapacity(width: number, tileWidth = 128, gap = 8): number {
  return Math.max(1, Math.floor((width + gap) / (tileWidth + gap)));
}

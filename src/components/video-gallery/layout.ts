/**
 * Gallery layout and paging math (DOM-free, unit-tested in test/components/video-gallery/layout.test.ts).
 * The gallery measures its own box and asks here how many tiles fit, how to arrange them to cover the most of
 * the stage, where the self view docks, and which participants a page shows — with the dominant speaker always on the visible page.
 */

export interface GridOptions {
  /** Smallest tile that still shows a readable name and avatar (decides how many fit on a page). */
  readonly minTileWidth: number;
  readonly minTileHeight: number;
  readonly gap: number;
  /**
   * Tiles stretch to fill their cell between these aspect ratios (width / height); video is cropped to the tile
   * (object-fit: cover), as Teams' gallery and the ACS UI library's do. Fixed 16:9 tiles left ~40 % of a wide
   * stage empty.
   */
  readonly minAspect: number;
  readonly maxAspect: number;
  /** Upper bound of tiles on one page, whatever the size. */
  readonly maxPerPage: number;
}

export const DEFAULT_GRID: GridOptions = {
  minTileWidth: 144,
  minTileHeight: 96,
  gap: 8,
  minAspect: 9 / 16,
  maxAspect: 2,
  maxPerPage: 49,
};

export interface Grid {
  readonly columns: number;
  readonly rows: number;
  readonly tileWidth: number;
  readonly tileHeight: number;
}

/** How many tiles of at least the minimum size one page can hold in a `width`×`height` box (at least 1). */
export function tilesPerPage(width: number, height: number, options: GridOptions = DEFAULT_GRID): number {
  const { minTileWidth, minTileHeight, gap, maxPerPage } = options;
  const columns = Math.max(1, Math.floor((width + gap) / (minTileWidth + gap)));
  const rows = Math.max(1, Math.floor((height + gap) / (minTileHeight + gap)));
  return Math.max(1, Math.min(maxPerPage, columns * rows));
}

/**
 * Tiles on one page, the visitor's own included: what fits at the minimum tile size (at least self + one), as in
 * Teams. The recommended remote video count does not size the page: it caps how many of the page's tiles get a
 * video view (`videoTiles`); the others show their initials.
 */
export function pageSize(width: number, height: number, options: GridOptions = DEFAULT_GRID): number {
  const fit = width > 0 && height > 0 ? tilesPerPage(width, height, options) : options.maxPerPage;
  return Math.max(2, fit);
}

/**
 * Which of a page's remote tiles get a video view: at most `cap` (the session's `maxRemoteVideos`; 0 → none),
 * chosen among `withVideo` (tiles whose camera stream is available; the others show initials anyway). Priority:
 * the current dominant speaker, then tiles that held a view last time (`previous`: so views are not torn down
 * when the speaker list or roster order jiggles), then recent speakers in `speakers` order, then page order.
 * Returns ids in page order.
 */
export function videoTiles(
  page: readonly string[],
  withVideo: ReadonlySet<string>,
  cap: number,
  speakers: readonly string[] = [],
  previous: ReadonlySet<string> = new Set(),
): string[] {
  const limit = Number.isFinite(cap) ? Math.max(0, Math.floor(cap)) : 0;
  const candidates = page.filter((id) => withVideo.has(id));
  if (candidates.length <= limit) return candidates;
  const speakerRank = (id: string) => {
    const i = speakers.indexOf(id);
    return i < 0 ? speakers.length : i;
  };
  const byRank = [...candidates].sort((a, b) => speakerRank(a) - speakerRank(b) || page.indexOf(a) - page.indexOf(b));
  const current = speakers.find((id) => withVideo.has(id) && page.includes(id));
  const chosen = new Set<string>();
  for (const id of [...(current === undefined ? [] : [current]), ...byRank.filter((id) => previous.has(id)), ...byRank]) {
    if (chosen.size >= limit) break;
    chosen.add(id);
  }
  return candidates.filter((id) => chosen.has(id));
}

/**
 * The columns × rows split giving `count` tiles the largest total area in the box: each tile fills its cell
 * within the allowed aspect ratios. Ties go to the tile closest to 16:9.
 */
export function gridFor(width: number, height: number, count: number, options: GridOptions = DEFAULT_GRID): Grid {
  const { gap, minAspect, maxAspect } = options;
  const n = Math.max(1, count);
  let best: Grid = { columns: 1, rows: n, tileWidth: 0, tileHeight: 0 };
  let bestScore = -1;
  for (let columns = 1; columns <= n; columns++) {
    const rows = Math.ceil(n / columns);
    // Skip splits that leave a whole empty row.
    if ((rows - 1) * columns >= n) continue;
    let tileWidth = (width - (columns - 1) * gap) / columns;
    let tileHeight = (height - (rows - 1) * gap) / rows;
    if (tileWidth <= 0 || tileHeight <= 0) continue;
    if (tileWidth / tileHeight > maxAspect) tileWidth = tileHeight * maxAspect;
    if (tileWidth / tileHeight < minAspect) tileHeight = tileWidth / minAspect;
    const area = tileWidth * tileHeight;
    const score = area - Math.abs(Math.log(tileWidth / tileHeight / (16 / 9))) * 1e-6;
    if (score > bestScore + 0.5) {
      bestScore = score;
      best = { columns, rows, tileWidth, tileHeight };
    }
  }
  return best;
}

/** Share of a `width`×`height` stage covered by `count` tiles of `grid` (0–1). */
export function coverage(width: number, height: number, grid: Grid, count: number): number {
  return width > 0 && height > 0 ? (grid.tileWidth * grid.tileHeight * count) / (width * height) : 0;
}

export interface SelfDock {
  /** Where the self view sits: a column at the inline end (wide stages) or a row below (tall stages). */
  readonly side: 'end' | 'below';
  readonly selfWidth: number;
  readonly selfHeight: number;
  /** What is left for the remote grid. */
  readonly gridWidth: number;
  readonly gridHeight: number;
}

/**
 * Docks the self view beside the grid instead of over it: a column at the inline end of a wide stage, a row
 * under a tall one. The grid is computed in what remains, so the self view covers no tile and no name label.
 */
export function selfDock(width: number, height: number, gap = DEFAULT_GRID.gap): SelfDock {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  if (width >= height * 1.2) {
    const selfWidth = Math.min(clamp(width * 0.2, 112, 240), width / 3);
    return { side: 'end', selfWidth, selfHeight: (selfWidth * 9) / 16, gridWidth: width - selfWidth - gap, gridHeight: height };
  }
  const selfHeight = Math.min(clamp(height * 0.2, 72, 160), height / 3);
  const selfWidth = Math.min(width, (selfHeight * 16) / 9);
  return { side: 'below', selfWidth, selfHeight, gridWidth: width, gridHeight: height - selfHeight - gap };
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

import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../shared/style-props.js';
import type { MeetingSession, Participant, ReactionKind, SessionState, VideoView } from '../../session/types.js';
import { INITIAL_SESSION_STATE } from '../../session/types.js';
import { callStringsEn, fmt, initials, isolate, isRtl, type CallStrings } from '../shared/call-strings.js';
import { icon } from '../shared/icons.js';
import { REACTION_EMOJI } from '../shared/reactions.js';
import { sharedStyles } from '../shared/shared.styles.js';
import {
  clampPage,
  gridFor,
  pageContents,
  pageCount,
  pageSize,
  promote,
  reconcileOrder,
  selfDock,
  stripCapacity,
  videoTiles,
  type Grid,
  type SelfDock,
} from './layout.js';
import { videoGalleryStyles } from './video-gallery.styles.js';
import { consume } from '@lit/context';
import { sessionContext } from '../shared/session-context.js';

/** The id the self tile uses in layouts (remote participants use their own ids). */
export const SELF_ID = 'self';
/** Height reserved for the pager row, only while there is more than one page. */
const PAGER = 44;
/** Below this width the self view joins the grid instead of docking beside it. */
const DOCK_MIN_WIDTH = 280;

interface TileModel {
  readonly id: string;
  readonly name: string;
  readonly isSelf: boolean;
  readonly muted: boolean;
  readonly speaking: boolean;
  readonly handRaised: boolean;
  readonly streamId: string | undefined;
}

interface ViewEntry {
  view: VideoView | undefined;
  pending: boolean;
}

/** Everything the render needs, derived from state and size. */
interface GalleryLayout {
    screenStreamId: string | undefined;
    /** The spotlighted participant on the stage (no screen share then). */
    spotlight?: string | undefined;
    presenter: string | undefined;
    dock: SelfDock | undefined;
    /** Remote ids in page order (self is not paged: it is on every page). */
    ids: string[];
    perPage: number;
    pages: number;
    /** Tiles on this page, self last when it is a tile. */
    visible: string[];
    grid: Grid;
    gridHeight: number;
  }

/**
 * Responsive video gallery sized by its own box (ResizeObserver + container queries): rows × columns chosen to
 * give the tiles the most area (layout.ts), pages sized by the box (as many tiles as fit at a readable minimum
 * size), at most the session's recommended remote video count (`maxRemoteVideos`) of them showing video and the
 * others their initials, the dominant speaker kept on the visible page, a screen-share stage with a people strip. With one
 * other person the self view docks beside the grid (covering no tile or name); with more it is a tile shown on
 * every page. Only tiles on screen hold video views, and a page turn keeps the views of tiles that stay.
 *
 * @tagname tmj-video-gallery
 * @summary Video gallery of the call.
 * @csspart grid - The tile grid.
 * @csspart tile - Each participant tile (`tile self` for the visitor's own).
 * @csspart tile-self - The visitor's own tile.
 * @csspart tile-speaking - A tile whose participant is speaking.
 * @csspart tile-muted - A tile whose participant is muted.
 * @csspart gallery-empty - The "nobody else is here yet" note while the visitor is alone.
 * @csspart icon - Icons (also `icon-<name>`).
 * @slot gallery-empty - Replaces the "nobody else is here yet" text shown while the visitor is alone.
 * @csspart tile-name - The name label of a tile.
 * @csspart avatar - Initials shown when video is off.
 * @csspart self-view - The docked self view (one other person in the call).
 * @csspart stage - The screen-share stage.
 * @csspart strip - The people strip under a screen share.
 * @csspart pager - The paging controls.
 * @csspart fullscreen-button - The full-screen toggle.
 * @cssproperty --tmj-tile-radius - Tile corner radius.
 * @cssproperty --tmj-tile-background - Tile background behind avatars.
 * @cssproperty --tmj-speaking-outline - Outline colour of a speaking tile.
 * @cssproperty --tmj-avatar-background - Initials avatar background.
 * @fires tmj-fullscreen-toggle - The visitor asked to enter or leave full screen (not composed).
 */
export class TmjVideoGallery extends LitElement {
  static override styles = [sharedStyles, videoGalleryStyles];

  /** Where video views come from: the call view's session (context), or set directly. */
  @consume({ context: sessionContext, subscribe: true })
  @property({ attribute: false })
  session: MeetingSession | undefined;
  @property({ attribute: false }) sessionState: SessionState = INITIAL_SESSION_STATE;
  @property({ attribute: false }) strings: CallStrings = callStringsEn;
  /** Whether the call view is currently full screen (drives the toggle's pressed state). */
  @property({ type: Boolean }) fullscreen = false;
  /** Off screen (e.g. covered by a side panel): hold no video views at all. */
  @property({ type: Boolean }) suspended = false;
  /** Reactions shown on tiles right now (participant id or `self` → reaction), kept by the call view. */
  @property({ attribute: false }) reactions: ReadonlyMap<string, ReactionKind> = new Map();
  /** The stage's label when a spotlighted participant takes it (`{name}` = their name). */
  @property({ attribute: false }) spotlightLabel = '{name}';

  @state() private size = { width: 0, height: 0 };
  @state() private page = 0;
  /**
   * Whether the page slotted its own empty-gallery content. The slot arrives forwarded (page → host → call view →
   * here), and a forwarded slot counts as assigned even when the page put nothing in it, which hid a fallback
   * inside the slot: so the default text sits beside the slot, shown while the flattened slot is empty.
   */
  @state() private customEmpty = false;
  #onEmptySlot = (event: Event): void => {
    const nodes = (event.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this.customEmpty = nodes.some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
  };

  #order: string[] = [];
  #views = new Map<string, ViewEntry>();
  /** The on-screen remote ids last given to `session.setOnScreen` (newline-joined). */
  #toldOnScreen: string | undefined;
  #resize: ResizeObserver | undefined;
  #connected = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connected = true;
    this.#resize = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) this.#setSize(box.width, box.height);
    });
    this.#resize.observe(this);
    // Measure before the first render so the first layout already fits (avoids a second update).
    const rect = this.getBoundingClientRect();
    this.size = { width: rect.width, height: rect.height };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connected = false;
    this.#resize?.disconnect();
    this.#resize = undefined;
    for (const [, entry] of this.#views) entry.view?.dispose();
    this.#views.clear();
  }

  /** Number of pages in the current layout (for tests and the pager). */
  get pageCount(): number {
    return this.#layout().pages;
  }

  /** Stream ids that currently hold a view (for tests and diagnostics). */
  get activeStreamIds(): string[] {
    return [...this.#views.keys()];
  }

  nextPage(): void {
    this.page = Math.min(this.page + 1, this.#layout().pages - 1);
  }

  previousPage(): void {
    this.page = Math.max(0, this.page - 1);
  }

  #setSize(width: number, height: number): void {
    if (Math.abs(width - this.size.width) < 1 && Math.abs(height - this.size.height) < 1) return;
    this.size = { width, height };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sessionState') || changed.has('size' as keyof TmjVideoGallery) || changed.has('page' as keyof TmjVideoGallery)) {
      const layout = this.#layout();
      this.page = clampPage(this.page, layout.ids.length, layout.perPage);
    }
  }

  protected override updated(): void {
    this.#syncViews();
  }

  #remotes(): readonly Participant[] {
    return this.sessionState.participants.filter((p) => p.state === 'connected' || p.state === 'hold');
  }

  #streamFor(participantId: string, kind: 'camera' | 'screen'): string | undefined {
    return this.sessionState.streams.find((s) => s.participantId === participantId && s.kind === kind && s.available)
      ?.id;
  }

  #tile(id: string): TileModel | undefined {
    const st = this.sessionState;
    if (id === SELF_ID) {
      const name = st.self.displayName;
      return {
        id,
        name: name ? fmt(this.strings.you, { name: isolate(name, isRtl(this)) }) : this.strings.youFallback,
        isSelf: true,
        muted: !st.self.microphoneOn,
        speaking: st.self.isSpeaking,
        handRaised: st.self.handRaised,
        streamId: st.self.cameraOn ? this.#streamFor(SELF_ID, 'camera') : undefined,
      };
    }
    const p = st.participants.find((x) => x.id === id);
    if (!p) return undefined;
    return {
      id,
      name: p.displayName,
      isSelf: false,
      muted: p.isMuted,
      speaking: p.isSpeaking,
      handRaised: p.isHandRaised,
      // Availability is the session's word on whether a view can be made; `videoOn` may lag behind it.
      streamId: this.#streamFor(p.id, 'camera'),
    };
  }

  /** Everything the render needs, derived from state and size. Keeps `#order` stable across calls. */
  #layout(): GalleryLayout {
    const st = this.sessionState;
    const remotes = this.#remotes();
    const screen = st.streams.find((s) => s.kind === 'screen' && s.available && s.participantId !== SELF_ID);
    // Spotlight (issue 16): without a screen share, the first spotlighted person still here takes the stage.
    const spotlit = screen
      ? undefined
      : st.spotlight.find((id) => id === SELF_ID || remotes.some((p) => p.id === id));
    if (spotlit) return this.#spotlightLayout(spotlit, remotes);
    const { width, height } = this.size;
    const dock = !screen && remotes.length === 1 && width >= DOCK_MIN_WIDTH && height > 0 ? selfDock(width, height) : undefined;
    this.#order = reconcileOrder(
      this.#order,
      remotes.map((p) => p.id),
    );
    // Remote tiles per page: the strip under a share, else what the box holds (one slot is the visitor's). The
    // recommended video count does not size pages: it caps the video views on the page (#syncViews).
    let perPage = screen ? Math.max(1, stripCapacity(width) - 1) : pageSize(width, height) - 1;
    let pages = pageCount(this.#order.length, perPage);
    let gridHeight = height;
    if (!screen && pages > 1) {
      // The pager row takes room from the grid: size pages for what is left.
      gridHeight = Math.max(0, height - PAGER);
      perPage = pageSize(width, gridHeight) - 1;
      pages = pageCount(this.#order.length, perPage);
    }
    const page = clampPage(this.page, this.#order.length, perPage);
    const dominant = st.dominantSpeakers.find((id) => this.#order.includes(id));
    this.#order = promote(this.#order, perPage, page, dominant);
    const onPage = pageContents(this.#order, perPage, page);
    const visible = dock ? onPage : [...onPage, SELF_ID];
    const grid = dock
      ? gridFor(dock.gridWidth, dock.gridHeight, 1)
      : gridFor(width, gridHeight, Math.max(1, visible.length));
    return { screenStreamId: screen?.id, presenter: screen?.participantId, dock, ids: this.#order, perPage, pages, visible, grid, gridHeight };
  }

  /** The spotlighted person on the stage (their camera, or their initials), everyone else in the strip. */
  #spotlightLayout(spotlit: string, remotes: readonly Participant[]): GalleryLayout {
    const { width, height } = this.size;
    this.#order = reconcileOrder(this.#order, remotes.map((p) => p.id));
    const others = this.#order.filter((id) => id !== spotlit);
    const perPage = Math.max(1, stripCapacity(width) - 1);
    const pages = pageCount(others.length, perPage);
    const page = clampPage(this.page, others.length, perPage);
    const onPage = pageContents(others, perPage, page);
    const visible = spotlit === SELF_ID ? onPage : [...onPage, SELF_ID];
    return {
      screenStreamId: undefined,
      spotlight: spotlit,
      presenter: undefined,
      dock: undefined,
      ids: others,
      perPage,
      pages,
      visible,
      grid: gridFor(width, height, 1),
      gridHeight: height,
    };
  }

  /** Creates views for streams on screen and disposes the others. */
  #syncViews(): void {
    if (!this.#connected) return;
    const layout = this.#layout();
    const wanted = new Set<string>();
    if (layout.screenStreamId && !this.suspended) wanted.add(layout.screenStreamId);
    const onScreen = this.suspended ? [] : layout.dock ? [...layout.visible, SELF_ID] : layout.spotlight ? [layout.spotlight, ...layout.visible] : layout.visible;
    // At most the recommended number of remote videos at once (layout.ts videoTiles), a spotlit person first as
    // if speaking; the rest show initials.
    const remoteOnScreen = onScreen.filter((id) => id !== SELF_ID);
    const streamOf = new Map(remoteOnScreen.map((id) => [id, this.#tile(id)?.streamId] as const));
    const withVideo = new Set(remoteOnScreen.filter((id) => streamOf.get(id)));
    const held = new Set(remoteOnScreen.filter((id) => this.#views.has(streamOf.get(id) ?? '')));
    const spotlit = layout.spotlight && layout.spotlight !== SELF_ID ? [layout.spotlight] : [];
    const speakers = [...spotlit, ...this.sessionState.dominantSpeakers];
    for (const id of videoTiles(remoteOnScreen, withVideo, this.sessionState.maxRemoteVideos, speakers, held)) {
      wanted.add(streamOf.get(id)!);
    }
    const selfStream = onScreen.includes(SELF_ID) ? this.#tile(SELF_ID)?.streamId : undefined;
    if (selfStream) wanted.add(selfStream);
    for (const [streamId, entry] of this.#views) {
      if (wanted.has(streamId)) continue;
      entry.view?.dispose();
      this.#views.delete(streamId);
    }
    const session = this.session;
    if (!session) return;
    // Speaking is measured only for tiles on screen (issue 14 req 4); told again only when the set changes.
    const remote = onScreen.filter((id) => id !== SELF_ID).join('\n');
    if (remote !== this.#toldOnScreen) {
      this.#toldOnScreen = remote;
      session.setOnScreen?.(remote ? remote.split('\n') : []);
    }
    for (const streamId of wanted) {
      if (this.#views.has(streamId)) continue;
      const entry: ViewEntry = { view: undefined, pending: true };
      this.#views.set(streamId, entry);
      session
        .createVideoView(streamId, { fit: streamId === layout.screenStreamId ? 'contain' : 'cover' })
        .then((view) => {
          entry.pending = false;
          // The tile may have left the page (or the gallery the DOM) while the view was being created.
          if (this.#views.get(streamId) !== entry) {
            view.dispose();
            return;
          }
          entry.view = view;
          this.requestUpdate();
        })
        .catch(() => {
          entry.pending = false;
          // Leave the entry so we do not retry in a loop; it is cleared when the stream goes away.
        });
    }
  }

  #renderTile(id: string, extraPart = ''): TemplateResult | typeof nothing {
    const tile = this.#tile(id);
    if (!tile) return nothing;
    const s = this.strings;
    const view = tile.streamId ? this.#views.get(tile.streamId)?.view : undefined;
    const status = [tile.muted ? s.muted : '', tile.speaking ? s.speaking : '', tile.handRaised ? s.handRaised : '']
      .filter(Boolean)
      .join(', ');
    return html`<li
      part="tile${tile.isSelf ? ' self tile-self' : ''}${tile.speaking ? ' tile-speaking' : ''}${tile.muted ? ' tile-muted' : ''}${extraPart}"
      data-participant=${tile.id}
      ?data-self=${tile.isSelf}
      ?data-speaking=${tile.speaking}
      ?data-muted=${tile.muted}
      ?data-video=${Boolean(view)}
    >
      <!-- Initials under the video: a view draws nothing until its first frame (a blank tile otherwise). -->
      <div part="avatar" aria-hidden="true">${initials(tile.isSelf ? this.sessionState.self.displayName || s.youFallback : tile.name)}</div>
      ${view ? html`<div class="video">${view.element}</div>` : nothing}
      ${this.reactions.has(tile.id)
        ? html`<span part="tile-reaction" class="reaction" aria-hidden="true">${REACTION_EMOJI[this.reactions.get(tile.id)!]}</span>`
        : nothing}
      <div part="tile-name">
        ${tile.handRaised ? icon('hand') : nothing}${tile.muted ? icon('micOff') : nothing}
        <span class="name-text" dir=${tile.isSelf ? nothing : 'auto'}>${tile.name}</span>
        ${status ? html`<span class="visually-hidden">, ${status}</span>` : nothing}
      </div>
    </li>`;
  }

  #renderPager(pages: number, page: number): TemplateResult {
    const s = this.strings;
    if (pages <= 1) return html`<div part="pager"></div>`;
    return html`<nav part="pager" aria-label=${s.galleryPages}>
      <button type="button" data-page="prev" aria-label=${s.previousPage} ?disabled=${page === 0} @click=${() => this.previousPage()}>
        ${icon('prev')}
      </button>
      <span data-page-label>${fmt(s.pageOf, { page: page + 1, pages })}</span>
      <button type="button" data-page="next" aria-label=${s.nextPage} ?disabled=${page >= pages - 1} @click=${() => this.nextPage()}>
        ${icon('next')}
      </button>
    </nav>`;
  }

  override render(): TemplateResult {
    const s = this.strings;
    const layout = this.#layout();
    const page = clampPage(this.page, layout.ids.length, layout.perPage);
    // Over the top-end corner, where no tile shows its name (names sit bottom-start).
    const fullscreen = html`<button
      type="button"
      part="fullscreen-button"
      aria-label=${s.enterFullscreen}
      aria-pressed=${String(this.fullscreen)}
      title=${this.fullscreen ? s.exitFullscreen : s.enterFullscreen}
      @click=${() => this.dispatchEvent(new CustomEvent('tmj-fullscreen-toggle', { bubbles: true, composed: false }))}
    >
      ${icon(this.fullscreen ? 'fullscreenExit' : 'fullscreen')}
    </button>`;
    const pager = layout.pages > 1 ? this.#renderPager(layout.pages, page) : nothing;

    if (layout.spotlight) {
      const tile = this.#tile(layout.spotlight);
      const view = tile?.streamId ? this.#views.get(tile.streamId)?.view : undefined;
      const name = layout.spotlight === SELF_ID ? this.sessionState.self.displayName || s.youFallback : (tile?.name ?? '');
      const reaction = this.reactions.get(layout.spotlight);
      return html`<section class="area staged" aria-label=${s.gallery}>
          <div class="stage-layout">
            <div part="stage stage-spotlight" data-spotlight=${layout.spotlight} role="img" aria-label=${fmt(this.spotlightLabel, { name })}>
              ${view
                ? html`<div class="video">${view.element}</div>`
                : html`<div part="avatar" aria-hidden="true">${initials(name)}</div>`}
              ${reaction ? html`<span part="tile-reaction" class="reaction" aria-hidden="true">${REACTION_EMOJI[reaction]}</span>` : nothing}
              <div part="tile-name" aria-hidden="true"><span class="name-text">${tile?.name ?? name}</span></div>
            </div>
            ${layout.visible.length > 0 ? html`<ul part="strip" role="list">${repeat(layout.visible, (id) => id, (id) => this.#renderTile(id))}</ul>` : nothing}
          </div>
          ${fullscreen}
        </section>
        ${pager}`;
    }
    if (layout.screenStreamId) {
      const view = this.#views.get(layout.screenStreamId)?.view;
      const presenter = this.sessionState.participants.find((p) => p.id === layout.presenter)?.displayName ?? '';
      return html`<section class="area staged" aria-label=${s.gallery}>
          <div class="stage-layout">
            <div part="stage" data-stream=${layout.screenStreamId} role="img" aria-label=${fmt(s.presenting, { name: presenter })}>
              ${view ? html`<div class="video">${view.element}</div>` : nothing}
            </div>
            <ul part="strip" role="list">
              ${repeat(layout.visible, (id) => id, (id) => this.#renderTile(id))}
            </ul>
          </div>
          ${fullscreen}
        </section>
        ${pager}`;
    }

    const { grid, dock } = layout;
    const gridStyle = {
      inlineSize: `${Math.floor(grid.columns * grid.tileWidth + (grid.columns - 1) * 8)}px`,
      '--_tile-w': `${Math.floor(grid.tileWidth)}px`,
      '--_tile-h': `${Math.floor(grid.tileHeight)}px`,
    };
    const areaStyle = dock
      ? {
          gridTemplateColumns: dock.side === 'end' ? `${Math.floor(dock.gridWidth)}px ${Math.floor(dock.selfWidth)}px` : '100%',
          gridTemplateRows: dock.side === 'end' ? '100%' : `${Math.floor(dock.gridHeight)}px ${Math.floor(dock.selfHeight)}px`,
          '--_self-w': `${Math.floor(dock.selfWidth)}px`,
          '--_self-h': `${Math.floor(dock.selfHeight)}px`,
        }
      : {};
    return html`<section class="area ${dock ? `docked dock-${dock.side}` : ''}" aria-label=${s.gallery} ${styleProps(areaStyle)}>
        <ul part="grid" role="list" ${styleProps(gridStyle)} data-columns=${grid.columns} data-rows=${grid.rows}>
          ${repeat(layout.visible, (id) => id, (id) => this.#renderTile(id))}
        </ul>
        ${layout.ids.length === 0 ? html`<p class="empty" part="gallery-empty"><slot name="gallery-empty" @slotchange=${this.#onEmptySlot}></slot>${this.customEmpty ? nothing : s.nobodyElse}</p>` : nothing}
        ${dock ? html`<ul role="list" class="dock">${this.#renderTile(SELF_ID, ' self-view')}</ul>` : nothing}
        ${fullscreen}
      </section>
      ${pager}`;
  }
}

// The demo's theming page: a live editor for every --tmj-* token the widget reads (the list below is checked
// against custom-elements.json by test/e2e/theming-page.test.mjs, both ways), extra ::part() rules, the brand
// and gallery-empty slots, and the CSS to copy. The widget runs against the local emulator (development only).

/** @typedef {{ name: string, color?: boolean, hint: string }} Token */
/** @type {Array<[string, Token[]]>} */
const GROUPS = [
  ['Everywhere', [
    { name: '--tmj-accent', color: true, hint: 'Buttons, pressed toggles, focus ring, meter' },
    { name: '--tmj-accent-soft', color: true, hint: 'Soft accent background (pressed pre-join toggles)' },
    { name: '--tmj-on-accent', color: true, hint: 'Text on the accent colour' },
    { name: '--tmj-surface', color: true, hint: 'Background of the pre-join and end screens' },
    { name: '--tmj-text', color: true, hint: 'Text colour' },
    { name: '--tmj-muted-text', color: true, hint: 'Secondary text' },
    { name: '--tmj-border', color: true, hint: 'Fields and secondary buttons' },
    { name: '--tmj-danger', color: true, hint: 'Errors' },
    { name: '--tmj-stage', color: true, hint: 'Behind video' },
    { name: '--tmj-focus-ring', color: true, hint: 'Focus ring (default: the accent)' },
    { name: '--tmj-radius', hint: 'Corner radius, e.g. 4px' },
    { name: '--tmj-font', hint: 'Font family, e.g. "Segoe UI", sans-serif' },
    { name: '--tmj-min-block-size', hint: 'Least height when the page gives none (400px)' },
  ]],
  ['Call', [
    { name: '--tmj-call-surface', color: true, hint: 'Background of the call' },
    { name: '--tmj-call-surface-raised', color: true, hint: 'Controls, panels and tiles' },
    { name: '--tmj-call-on-surface', color: true, hint: 'Text in the call' },
    { name: '--tmj-call-muted-text', color: true, hint: 'Secondary text in the call' },
    { name: '--tmj-control-background', color: true, hint: 'Control buttons' },
    { name: '--tmj-control-background-hover', color: true, hint: 'Control on hover' },
    { name: '--tmj-control-background-active', color: true, hint: 'A pressed toggle' },
    { name: '--tmj-controls-gap', hint: 'Gap between controls, e.g. 8px' },
    { name: '--tmj-badge-background', color: true, hint: 'Unread badge' },
    { name: '--tmj-side-panel-width', hint: 'Chat/people panel width, e.g. 320px' },
    { name: '--tmj-tile-background', color: true, hint: 'Tile behind initials' },
    { name: '--tmj-tile-radius', hint: 'Tile corner radius' },
    { name: '--tmj-avatar-background', color: true, hint: 'Initials circle' },
    { name: '--tmj-speaking-outline', color: true, hint: 'Outline of a speaking tile' },
    { name: '--tmj-speaking-ring', color: true, hint: 'People list: speaking ring and icon' },
    { name: '--tmj-hand-color', color: true, hint: 'People list: raised hand' },
    { name: '--tmj-captions-background', color: true, hint: 'Live captions: behind the text' },
  ]],
  ['Chat', [
    { name: '--tmj-chat-bubble-background', color: true, hint: "Others' messages" },
    { name: '--tmj-chat-bubble-own-background', color: true, hint: "The visitor's messages" },
    { name: '--tmj-chat-link-color', color: true, hint: 'Links in messages' },
    { name: '--tmj-chat-mention-color', color: true, hint: 'Mentions' },
    { name: '--tmj-chat-mention-self-background', color: true, hint: "A mention of the visitor's name" },
    { name: '--tmj-chat-input-background', color: true, hint: 'Text box' },
  ]],
  ['Notices and recording banner', [
    { name: '--tmj-notice', color: true, hint: 'Pre-join device notices: background' },
    { name: '--tmj-notice-text', color: true, hint: 'Pre-join device notices: text' },
    { name: '--tmj-notice-bg', color: true, hint: 'In-call notices: background' },
    { name: '--tmj-notice-info', color: true, hint: 'In-call notices: info accent' },
    { name: '--tmj-notice-warning', color: true, hint: 'In-call notices: warning accent' },
    { name: '--tmj-notice-error', color: true, hint: 'In-call notices: error accent' },
    { name: '--tmj-banner-bg', color: true, hint: 'Recording banner (keep 4.5:1 with its text)' },
    { name: '--tmj-banner-text', color: true, hint: 'Recording banner text' },
    { name: '--tmj-banner-dot', color: true, hint: 'Recording indicator dot' },
  ]],
];

const PRESETS = {
  contoso: { '--tmj-accent': '#107c41', '--tmj-accent-soft': '#dff6dd', '--tmj-on-accent': '#ffffff', '--tmj-radius': '2px', '--tmj-tile-radius': '2px', '--tmj-speaking-outline': '#54b054', '--tmj-chat-bubble-own-background': '#0b5a2f', '--tmj-avatar-background': '#107c41' },
  fluent: { '--tmj-accent': '#0f6cbd', '--tmj-accent-soft': '#ebf3fc', '--tmj-on-accent': '#ffffff', '--tmj-font': '"Segoe UI", system-ui, sans-serif', '--tmj-radius': '4px', '--tmj-chat-bubble-own-background': '#0f548c', '--tmj-avatar-background': '#0f6cbd' },
  rounded: { '--tmj-radius': '16px', '--tmj-tile-radius': '20px', '--tmj-controls-gap': '12px', '--tmj-accent': '#8a3ffc', '--tmj-on-accent': '#ffffff', '--tmj-chat-bubble-own-background': '#6929c4' },
};

const EXAMPLE_CSS = `/* A pill-shaped Leave button. */
teams-meeting-join::part(control-leave) { border-radius: 999px; }
/* Pressed toggles outlined instead of filled. */
teams-meeting-join::part(control-pressed) { outline: 2px solid currentColor; outline-offset: -2px; }
/* Your own microphone icon, as a CSS mask (it takes the control's text colour). */
teams-meeting-join::part(icon-mic) {
  background: currentColor;
  mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Crect x='8' y='2' width='8' height='13' rx='4'/%3E%3Cpath d='M5 11h2a5 5 0 0 0 10 0h2a7 7 0 0 1-6 6.9V21h-2v-3.1A7 7 0 0 1 5 11Z'/%3E%3C/svg%3E") center / contain no-repeat;
}
/* Square tiles' names. */
teams-meeting-join::part(tile-name) { border-radius: 0; }`;

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const widget = $('themed');
const live = $('live-css');
const out = $('css-out');
const extra = /** @type {HTMLTextAreaElement} */ ($('extra-css'));
/** @type {Record<string, string>} */
let values = {};
const params = new URLSearchParams(location.search);

/** The CSS a site would paste: the tokens set, then the extra rules. Empty values are left out. */
function css() {
  const lines = Object.entries(values)
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `  ${k}: ${v.trim()};`);
  const tokens = lines.length ? `teams-meeting-join {\n${lines.join('\n')}\n}` : '';
  return [tokens, extra.value.trim()].filter(Boolean).join('\n\n');
}

function apply() {
  const text = css();
  live.textContent = text;
  out.textContent = text || '/* Nothing changed yet: the widget uses its defaults. */';
}

/** #rgb / #rrggbb for the colour picker, or undefined (a picker can't show other syntaxes). */
function hex(/** @type {string} */ value) {
  const v = value.trim();
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  return undefined;
}

function renderTokens() {
  const host = $('tokens');
  host.replaceChildren();
  for (const [group, tokens] of GROUPS) {
    const set = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = group;
    set.append(legend);
    for (const token of tokens) {
      const row = document.createElement('div');
      row.className = 'token';
      row.dataset['token'] = token.name;
      const id = `t${token.name}`;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = token.name;
      const desc = document.createElement('span');
      desc.className = 'desc';
      desc.id = `${id}-desc`;
      desc.textContent = token.hint;
      const text = document.createElement('input');
      text.type = 'text';
      text.id = id;
      text.placeholder = 'default';
      text.value = values[token.name] ?? '';
      text.setAttribute('aria-describedby', desc.id);
      const reset = document.createElement('button');
      reset.type = 'button';
      reset.textContent = 'Reset';
      reset.setAttribute('aria-label', `Reset ${token.name}`);
      /** @type {HTMLInputElement | undefined} */
      let picker;
      if (token.color) {
        picker = document.createElement('input');
        picker.type = 'color';
        picker.setAttribute('aria-label', `${token.name} colour`);
        picker.value = hex(text.value) ?? '#000000';
        picker.addEventListener('input', () => {
          text.value = /** @type {HTMLInputElement} */ (picker).value;
          values[token.name] = text.value;
          apply();
        });
      }
      text.addEventListener('input', () => {
        values[token.name] = text.value;
        const h = hex(text.value);
        if (picker && h) picker.value = h;
        apply();
      });
      reset.addEventListener('click', () => {
        delete values[token.name];
        text.value = '';
        apply();
      });
      row.append(label, desc, text);
      if (picker) row.append(picker);
      else row.append(document.createElement('span'));
      row.append(reset);
      set.append(row);
    }
    host.append(set);
  }
}

/** The emulator's meetings, for the picker (the console API lists them). */
async function loadMeetings() {
  const picker = /** @type {HTMLSelectElement} */ ($('meeting'));
  widget.setAttribute('emulator', location.origin);
  widget.setAttribute('token-url', `${location.origin}/api/token`);
  try {
    const response = await fetch('/emulator/api/meetings');
    const meetings = (await response.json()).value ?? [];
    const wanted = params.get('meeting');
    const current = meetings.find((/** @type {{ id: string }} */ m) => m.id === wanted) ?? meetings[0];
    for (const m of meetings) {
      const option = document.createElement('option');
      option.value = m.id;
      option.textContent = m.title;
      option.selected = m === current;
      picker.append(option);
    }
    const choose = (/** @type {{ id: string, link: string } | undefined} */ m) => {
      if (!m) return;
      widget.setAttribute('meeting-link', m.link);
      /** @type {HTMLAnchorElement} */ ($('console-link')).href = `/console.html?meeting=${encodeURIComponent(m.id)}`;
    };
    choose(current);
    picker.addEventListener('change', () => {
      choose(meetings.find((/** @type {{ id: string }} */ m) => m.id === picker.value));
      params.set('meeting', picker.value);
      history.replaceState(null, '', `?${params}`);
    });
  } catch {
    $('preview-title').textContent = 'Preview (the emulator is not reachable: start it with npm start)';
  }
}

function slot(/** @type {string} */ name, /** @type {boolean} */ on, /** @type {() => HTMLElement} */ make) {
  widget.querySelector(`[slot="${name}"]`)?.remove();
  if (!on) return;
  const el = make();
  el.slot = name;
  widget.append(el);
}

$('show-brand').addEventListener('change', (e) => {
  slot('brand', /** @type {HTMLInputElement} */ (e.target).checked, () => {
    const img = document.createElement('img');
    img.src = '/demo/logo.svg';
    img.alt = 'Contoso';
    img.height = 28;
    return img;
  });
});
$('show-empty').addEventListener('change', (e) => {
  slot('gallery-empty', /** @type {HTMLInputElement} */ (e.target).checked, () => {
    const p = document.createElement('p');
    p.textContent = 'The host will be with you shortly.';
    return p;
  });
});
$('theme').addEventListener('change', (e) => widget.setAttribute('theme', /** @type {HTMLSelectElement} */ (e.target).value));
$('preset').addEventListener('change', (e) => {
  const name = /** @type {HTMLSelectElement} */ (e.target).value;
  values = { ...(PRESETS[/** @type {keyof typeof PRESETS} */ (name)] ?? {}) };
  renderTokens();
  apply();
});
$('reset-all').addEventListener('click', () => {
  values = {};
  extra.value = '';
  /** @type {HTMLSelectElement} */ ($('preset')).value = '';
  renderTokens();
  apply();
});
extra.addEventListener('input', apply);
$('example-css').addEventListener('click', () => {
  extra.value = extra.value.trim() ? `${extra.value.trim()}\n\n${EXAMPLE_CSS}` : EXAMPLE_CSS;
  apply();
});
$('copy-css').addEventListener('click', async () => {
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(css());
    status.textContent = 'Copied.';
  } catch {
    // No clipboard permission: select the text so it can be copied by hand.
    getSelection()?.selectAllChildren(out);
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

/** For scripts and tests: the token names the editor offers, and the CSS it would copy. */
window.tmjTheming = { tokens: () => GROUPS.flatMap(([, t]) => t.map((x) => x.name)), css };

renderTokens();
apply();
await loadMeetings();

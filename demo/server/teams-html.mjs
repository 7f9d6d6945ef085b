// Chat content the organizer console can send as a Teams user. Teams sends meeting chat as HTML; the widget
// must render the friendly samples faithfully and the hostile ones inertly (no script, no handlers, no
// javascript: URLs, no styles escaping the bubble).

/** Friendly Teams-style HTML: formatting, a link, a mention, a list. */
export const TEAMS_SAMPLES = [
  '<p>Welcome everyone! <strong>Agenda</strong> for today:</p><ol><li>Introductions</li><li><em>Demo</em></li><li>Q&amp;A</li></ol>',
  '<p>Hi <at id="0">Guest</at>, the slides are here: <a href="https://example.com/slides" title="https://example.com/slides">https://example.com/slides</a></p>',
  '<p>Please <u>mute</u> when not speaking. <code>Ctrl+Shift+M</code> toggles the microphone in Teams.</p>',
];

/** Hostile HTML corpus: every entry must render without executing anything. */
export const HOSTILE_HTML = [
  '<img src=x onerror="window.__tmjXss=(window.__tmjXss||0)+1;alert(1)">',
  '<script>window.__tmjXss=(window.__tmjXss||0)+1;alert(2)</script>',
  '<a href="javascript:window.__tmjXss=(window.__tmjXss||0)+1;alert(3)">click me</a>',
  '<svg onload="window.__tmjXss=(window.__tmjXss||0)+1;alert(4)"><circle r="5"/></svg>',
  '<style>body,:host,*{display:none!important;background:red!important}</style><p>style escape</p>',
  '<iframe src="javascript:parent.__tmjXss=(parent.__tmjXss||0)+1"></iframe><iframe srcdoc="<script>parent.__tmjXss=1</script>"></iframe>',
  '<p style="position:fixed;inset:0;z-index:2147483647;background:red">overlay attempt</p>',
  '<form action="https://evil.example/"><input name="q" autofocus onfocus="window.__tmjXss=(window.__tmjXss||0)+1"></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__tmjXss=(window.__tmjXss||0)+1"></style></mglyph></table></mtext></math>',
  '<a href="data:text/html,<script>alert(5)</script>">data link</a> <a href="https://example.com" target="_self" onclick="window.__tmjXss=1">ok link</a>',
  '<object data="javascript:alert(6)"></object><embed src="javascript:alert(7)">',
  '<details open ontoggle="window.__tmjXss=(window.__tmjXss||0)+1">toggle</details>',
];

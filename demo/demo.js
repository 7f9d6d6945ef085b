// Wires the demo page to the server's configuration. A real site would write the attributes in its HTML;
// here they depend on the port the emulator runs on and on the meeting picked.
(function () {
  const config = window.TMJ_DEMO || { mode: 'emulator', meetings: [] };
  const widget = document.getElementById('widget');
  const params = new URLSearchParams(location.search);
  const origin = location.origin;
  widget.setAttribute('token-url', `${origin}/api/token`);
  if (params.get('lang')) widget.setAttribute('lang', params.get('lang'));
  if (params.get('theme')) widget.setAttribute('theme', params.get('theme'));
  document.getElementById('lang-picker').value = params.get('lang') || '';
  document.getElementById('theme-picker').value = params.get('theme') || 'light';

  const note = document.getElementById('mode-note');
  const picker = document.getElementById('meeting-picker');
  if (config.mode === 'acs') {
    // Real Azure Communication Services: no emulator attribute; the link comes from TEAMS_MEETING_LINK or the box.
    note.textContent = 'Real Azure Communication Services: tokens come from your ACS resource; the meeting is a real Teams meeting.';
    document.getElementById('meeting-picker-label').hidden = true;
    document.getElementById('console-link').hidden = true;
    const linkLabel = document.getElementById('meeting-link-label');
    const input = document.getElementById('meeting-link-input');
    linkLabel.hidden = false;
    const link = params.get('link') || config.meetingLink || '';
    input.value = link;
    if (link) widget.setAttribute('meeting-link', link);
    input.addEventListener('change', () => {
      params.set('link', input.value.trim());
      location.search = params.toString();
    });
  } else {
    note.textContent = 'Local meeting emulator: development and testing only — nothing here talks to Azure or Teams.';
    // DEVELOPMENT ONLY: routes the widget to the local emulator instead of Azure Communication Services.
    widget.setAttribute('emulator', origin);
    // Microsoft 365 sign-in with the emulator's test accounts (its Entra-shaped authority on this origin).
    if (config.m365) {
      note.textContent += ` "Sign in with a work or school account" signs in with a test account of the emulator (${config.m365.accounts.join(', ')}).`;
      widget.setAttribute('identity', 'choice');
      widget.setAttribute('aad-client-id', config.m365.aadClientId);
      widget.setAttribute('aad-authority', config.m365.aadAuthority);
      widget.setAttribute('teams-token-url', config.m365.teamsTokenUrl);
      widget.setAttribute('aad-redirect-uri', `${origin}/cdn/m365-redirect.html`);
      if (params.get('chatEvents')) widget.setAttribute('chat-events-url', params.get('chatEvents'));
    }
    const meetings = config.meetings || [];
    const wanted = params.get('meeting');
    const current = meetings.find((m) => m.id === wanted) || meetings[0];
    for (const m of meetings) {
      const option = document.createElement('option');
      option.value = m.id;
      const tags = [m.policies.lobby ? 'lobby on' : 'no lobby', m.policies.channel ? 'channel: no chat' : null].filter(Boolean);
      option.textContent = `${m.title} (${tags.join(', ')})`;
      option.selected = m === current;
      picker.append(option);
    }
    if (current) {
      widget.setAttribute('meeting-link', current.link);
      document.getElementById('console-link').href = `/console.html?meeting=${encodeURIComponent(current.id)}`;
    }
    picker.addEventListener('change', () => {
      params.set('meeting', picker.value);
      location.search = params.toString();
    });
  }
  for (const [id, name] of [['lang-picker', 'lang'], ['theme-picker', 'theme']]) {
    document.getElementById(id).addEventListener('change', (e) => {
      const value = e.target.value;
      if (value) widget.setAttribute(name, value);
      else widget.removeAttribute(name);
      if (value) params.set(name, value);
      else params.delete(name);
      history.replaceState(null, '', `?${params}`);
    });
  }

  // Shows the widget's public events (never containing a token).
  const log = document.getElementById('event-log');
  for (const type of ['tmj-state-change', 'tmj-joined', 'tmj-left', 'tmj-error', 'tmj-compliance-change', 'tmj-chat-message', 'tmj-request-leave']) {
    widget.addEventListener(type, (e) => {
      const li = document.createElement('li');
      let detail = '';
      try {
        detail = JSON.stringify(e.detail);
      } catch {
        detail = '';
      }
      li.textContent = `${new Date().toLocaleTimeString()} ${type} ${detail || ''}`;
      log.prepend(li);
      while (log.children.length > 50) log.lastChild.remove();
    });
  }
})();

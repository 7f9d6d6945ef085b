// React recipe: the `teams-meeting-join/react` wrapper (made with @lit/react). Props are set as element
// properties; every tmj-* event is an onTmj… prop.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TeamsMeetingJoin } from 'teams-meeting-join/react';
import { config, loadEmulatorIfAsked } from '../../shared/config.js';

function App() {
  const [status, setStatus] = useState('Not joined');
  return (
    <main style={{ maxWidth: 960, margin: '0 auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Meeting (React)</h1>
      <TeamsMeetingJoin
        meetingLink={config.meetingLink}
        tokenUrl={config.tokenUrl}
        displayName={config.displayName}
        emulator={config.emulator}
        style={{ height: 560 }}
        onTmjJoined={(e) => setStatus(`Joined as ${e.detail.displayName}`)}
        onTmjLeft={(e) => setStatus(`Left: ${e.detail.reason}`)}
        onTmjError={(e) => setStatus(`Error: ${e.detail.code}`)}
      />
      <p role="status" data-testid="status">{status}</p>
    </main>
  );
}

await loadEmulatorIfAsked();
createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Shared by the bench's trace readers (chat-long.mjs, gallery.mjs).

/**
 * The top-level tasks of one thread from Chromium trace events: its complete (`ph: 'X'`) `…RunTask` events in time
 * order, without a RunTask that lies inside another (nested run loops, or the two names of one task), so no task is
 * counted twice.
 * @param {any[]} events trace events of one thread (already filtered by pid/tid)
 */
export function topLevelTasks(events) {
  const runs = events.filter((e) => e.ph === 'X' && /RunTask$/.test(e.name)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  let until = -1;
  for (const t of runs) {
    if (t.ts < until) continue;
    tasks.push(t);
    until = t.ts + t.dur;
  }
  return tasks;
}

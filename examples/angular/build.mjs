// Builds this Angular app with @angular/build's `application` builder (esbuild, AOT), reading angular.json
// exactly as `ng build` does, through Angular's own architect runner. (`ng build` itself is @angular/cli,
// which adds about 200 packages of scaffolding tools to the install; the builder and its options are the same.)
// Usage: node build.mjs [projectDir]  (default: this folder).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Architect } from '@angular-devkit/architect';
import { WorkspaceNodeModulesArchitectHost } from '@angular-devkit/architect/node/index.js';

const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('.', import.meta.url)));
const json = JSON.parse(readFileSync(resolve(dir, 'angular.json'), 'utf8'));
const projects = new Map(
  Object.entries(json.projects).map(([name, p]) => [
    name,
    { root: p.root, sourceRoot: p.sourceRoot, prefix: p.prefix, extensions: {}, targets: new Map(Object.entries(p.architect ?? {})) },
  ]),
);
const host = new WorkspaceNodeModulesArchitectHost({ projects, extensions: {} }, dir);
const architect = new Architect(host);
const [project] = projects.keys();
const run = await architect.scheduleTarget({ project, target: 'build' }, {}, { logger: consoleLogger() });
const result = await run.lastOutput;
await run.stop();
if (!result.success) {
  console.error(`angular build failed${result.error ? `: ${result.error}` : ''}`);
  process.exit(1);
}
console.log(`angular build: ${resolve(dir, json.projects[project].architect.build.options.outputPath)}`);

/** A @angular-devkit/core logger (the one architect itself depends on) printing to the console. */
function consoleLogger() {
  const architectRequire = createRequire(createRequire(import.meta.url).resolve('@angular-devkit/architect/package.json'));
  const { logging } = architectRequire('@angular-devkit/core');
  const logger = new logging.Logger('ng-build');
  logger.subscribe((entry) => (entry.level === 'error' || entry.level === 'fatal' ? console.error : entry.level === 'warn' ? console.warn : console.log)(entry.message));
  return logger;
}

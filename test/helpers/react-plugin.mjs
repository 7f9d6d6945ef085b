// React and react-dom ship CommonJS only, which the test runner's dev server can't serve as modules. This
// plugin bundles them once with esbuild into one ES module (one copy of React for react-dom and the wrapper,
// development build, as a bundler makes it) and answers the bare imports `react`, `react-dom`,
// `react-dom/client` and `react/jsx-runtime` with small modules re-exporting that copy's names. Only the React
// wrapper's test (test/react/) imports them.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const SPECIFIERS = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient', 'react/jsx-runtime': 'JSXRuntime' };
const BUNDLE = '/__react-bundle.js';
const url = (spec) => `/__react/${spec.replace(/\//g, '__')}.js`;

export function reactPlugin() {
  /** @type {Promise<string> | undefined} */
  let bundle;
  const source = () =>
    (bundle ??= build({
      stdin: {
        contents: Object.entries(SPECIFIERS)
          .map(([spec, name]) => `import * as ${name} from '${spec}'; export { ${name} };`)
          .join('\n'),
        resolveDir: process.cwd(),
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'error',
    }).then((r) => r.outputFiles[0].text));
  /** @type {Promise<Record<string, string[]>> | undefined} */
  let names;
  // Read in a child process: the test runner patches this process's console, which React's module touches.
  const exportNames = () =>
    (names ??= Promise.resolve(
      JSON.parse(
        execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(SPECIFIERS))}.map((s) => [s, Object.keys(require(s))]))))`], {
          encoding: 'utf8',
        }),
      ),
    ));
  return {
    name: 'tmj-react-cjs',
    resolveImport({ source: spec }) {
      if (spec in SPECIFIERS) return url(spec);
    },
    async serve(context) {
      if (context.path === BUNDLE) return { body: await source(), type: 'js' };
      const spec = Object.keys(SPECIFIERS).find((s) => context.path === url(s));
      if (!spec) return;
      const name = SPECIFIERS[spec];
      const names = (await exportNames())[spec].filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
      return {
        body: `import { ${name} } from '${BUNDLE}';\nconst m = ${name}.default ?? ${name};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
        type: 'js',
      };
    },
  };
}

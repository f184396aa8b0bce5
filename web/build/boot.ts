import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Builds src/boot.ts as an entry of its own and runs it first: an async script tag before the
 * app's entry in index.html, so its few hundred bytes send the session's refresh while the entry
 * (about 90 KB on a slow line, then a second of compiling on a cheap phone) is still coming. The
 * entry imports boot.ts too: the same module, run once.
 */
export function bootFirst(root: string): Plugin {
  const source = path.join(root, 'src/boot.ts');
  return {
    name: 'haat-boot-first',
    apply: 'build',
    config: () => ({
      build: {
        rollupOptions: { input: { index: path.join(root, 'index.html'), boot: source } },
      },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const boot = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.facadeModuleId === source,
        );
        if (!boot) throw new Error('haat-boot-first: no boot chunk in the bundle');
        // async: it runs as soon as it is here, before the stylesheet and the document's end. The
        // entry imports it, so the entry can never run first without running it.
        const tag = `<script type="module" async crossorigin src="/${boot.fileName}"></script>`;
        const entry = html.indexOf('<script type="module"');
        if (entry < 0) throw new Error('haat-boot-first: no entry script in index.html');
        return `${html.slice(0, entry)}${tag}\n    ${html.slice(entry)}`;
      },
    },
  };
}

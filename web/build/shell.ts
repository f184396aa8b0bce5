import type { ManifestTransform } from 'workbox-build';
import type { Plugin } from 'vite';

/**
 * The app shell for the service worker's precache: the entry script with every chunk it imports
 * statically (what index.html loads or preloads) and their stylesheets. Page chunks loaded on
 * demand (React.lazy), English and fonts stay out: they are cached when first used, so a first
 * visit on a slow line does not download the seller console for nothing.
 */
export function appShell(): { plugin: Plugin; keepShell: ManifestTransform } {
  const files = new Set<string>();
  const plugin: Plugin = {
    name: 'haat-app-shell',
    apply: 'build',
    generateBundle(_options, bundle) {
      files.clear();
      const visit = (fileName: string) => {
        const chunk = bundle[fileName];
        if (!chunk || chunk.type !== 'chunk' || files.has(fileName)) return;
        files.add(fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
        chunk.imports.forEach(visit);
      };
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk' && output.isEntry) visit(fileName);
      }
    },
  };
  const keepShell: ManifestTransform = (entries) => ({
    manifest: entries.filter((e) => !e.url.startsWith('assets/') || files.has(e.url)),
    warnings: files.size ? [] : ['no entry chunk seen: the precache holds no script'],
  });
  return { plugin, keepShell };
}

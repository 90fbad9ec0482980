// @ts-check
// Source links that work wherever the site is served, with no git host: every source file
// that a documented declaration comes from is written next to the site as a small HTML page
// with one anchor per line, and typedoc.json's `sourceLinkTemplate` points there.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { RendererEvent } from "typedoc";

const escapeHtml = (text) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.on(RendererEvent.END, (event) => {
    const root = process.cwd();
    const files = new Set();
    for (const reflection of Object.values(event.project.reflections)) {
      const sources = /** @type {{ sources?: { fileName: string }[] }} */ (reflection).sources;
      for (const source of sources ?? []) files.add(source.fileName);
    }
    // Symbols that the packages' externalSymbolLinkMappings (typedoc.json) send to a source
    // page, types that are referenced but not exported, need that page too.
    const packageOptions =
      /** @type {{ externalSymbolLinkMappings?: Record<string, Record<string, string>> }} */ (
        app.options.getValue("packageOptions")
      );
    const mappings = packageOptions.externalSymbolLinkMappings ?? {};
    for (const links of Object.values(mappings)) {
      for (const url of Object.values(links)) {
        const page = /^\.\.\/_src\/(.+)\.html(?:#.*)?$/.exec(url);
        if (page?.[1] !== undefined) files.add(page[1]);
      }
    }
    for (const path of files) {
      const file = resolve(root, path);
      if (relative(root, file).startsWith("..")) continue;
      const lines = readFileSync(file, "utf8").split("\n");
      const body = lines
        .map(
          (line, i) =>
            `<span id="L${i + 1}"><a href="#L${i + 1}">${i + 1}</a>${escapeHtml(line)}</span>`,
        )
        .join("\n");
      const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(path)}</title>
<style>
body{margin:0;font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;background:#fff;color:#1d2433}
h1{font-size:14px;margin:0;padding:8px 12px;background:#f3f3ef;border-bottom:1px solid #ddd}
pre{margin:0;padding:8px 0}
span{display:block;white-space:pre;padding-right:12px}
span a{display:inline-block;width:4em;margin-right:1em;text-align:right;color:#999;text-decoration:none}
span:target{background:#fff3bf}
</style></head>
<body><h1>${escapeHtml(path)}</h1><pre>${body}</pre></body></html>
`;
      const out = join(event.outputDirectory, "_src", `${path}.html`);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, html);
    }
  });
}

// @ts-check
// TypeDoc converts each package on its own, then merges them ("packages" strategy). A comment
// in impact-indicators that says {@link ImpactError} means the class exported by impact-core,
// which the indicators' own conversion cannot see. Once the projects are merged, this plugin
// resolves such an unqualified link to the one top-level export of that name in the SDK.
// A name exported by two packages stays unresolved, so TypeDoc still reports it.
import { ReflectionKind } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.addUnknownSymbolResolver((ref, reflection) => {
    if (ref.moduleSource !== undefined || ref.resolutionStart !== "local") return undefined;
    const path = ref.symbolReference?.path;
    if (path === undefined || path.length === 0) return undefined;
    const [head, ...rest] = path;
    if (head === undefined) return undefined;
    const project = reflection.project;
    const candidates = project
      .getReflectionsByKind(ReflectionKind.SomeExport)
      .filter(
        (candidate) =>
          candidate.name === head.path && candidate.parent?.kindOf(ReflectionKind.Module),
      );
    if (candidates.length !== 1) return undefined;
    let target = candidates[0];
    for (const part of rest) {
      target = target?.getChildByName(part.path);
    }
    // The object form is what TypeDoc's own resolution produces for a reflection target.
    return target === undefined
      ? undefined
      : { target, caption: path.map((p) => p.path).join(".") };
  });
}

import { runDocExamples } from "../../../tools/doc-examples/src/index";

runDocExamples({
  srcDir: new URL(".", import.meta.url),
  modules: {
    "@observatoire/impact-data": await import("@observatoire/impact-data"),
    "@observatoire/impact-core": await import("@observatoire/impact-core"),
    "@observatoire/impact-citations": await import("@observatoire/impact-citations"),
  },
});

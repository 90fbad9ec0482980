import { runDocExamples } from "../../../tools/doc-examples/src/index";

runDocExamples({
  srcDir: new URL(".", import.meta.url),
  modules: { "@observatoire/impact-core": await import("@observatoire/impact-core") },
});

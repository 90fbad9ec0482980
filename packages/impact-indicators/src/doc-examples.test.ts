import { runDocExamples } from "../../../scripts/doc-examples";

runDocExamples({
  srcDir: new URL(".", import.meta.url),
  modules: { "@observatoire/impact-indicators": await import("@observatoire/impact-indicators") },
});

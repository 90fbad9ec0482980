import { runDocExamples } from "../../../tools/doc-examples/src/index";

runDocExamples({
  srcDir: new URL(".", import.meta.url),
  modules: {
    "@observatoire/impact-cli": await import("@observatoire/impact-cli"),
    "@observatoire/impact-core": await import("@observatoire/impact-core"),
    "@observatoire/impact-indicators": await import("@observatoire/impact-indicators"),
    "@observatoire/impact-citations": await import("@observatoire/impact-citations"),
    "@observatoire/impact-data": await import("@observatoire/impact-data"),
  },
});

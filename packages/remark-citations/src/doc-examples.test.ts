import { runDocExamples } from "../../../tools/doc-examples/src/index";

runDocExamples({
  srcDir: new URL(".", import.meta.url),
  modules: {
    "@observatoire/impact-core": await import("@observatoire/impact-core"),
    "@observatoire/remark-citations": await import("@observatoire/remark-citations"),
    "remark-gfm": await import("remark-gfm"),
    "remark-parse": await import("remark-parse"),
    "remark-stringify": await import("remark-stringify"),
    unified: await import("unified"),
  },
});

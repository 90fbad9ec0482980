import remarkCitations, {
  remarkCitations as named,
  type RemarkCitationsOptions,
} from "@observatoire/remark-citations";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { expectTypeOf, test } from "vitest";

test("the default export is the named plugin, with typed options", () => {
  expectTypeOf(remarkCitations).toEqualTypeOf(named);
  expectTypeOf<RemarkCitationsOptions["style"]>().toEqualTypeOf<
    "observatoire" | "iso690" | "apa" | undefined
  >();
  unified()
    .use(remarkParse)
    .use(remarkCitations, { sources: [], locale: "en", onUnknown: "error" });
  // @ts-expect-error the styles are observatoire, iso690 and apa
  unified().use(remarkParse).use(remarkCitations, { sources: [], style: "chicago" });
  // @ts-expect-error sources are required
  unified().use(remarkParse).use(remarkCitations, {});
});

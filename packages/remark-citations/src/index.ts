export type { RemarkCitationsOptions } from "./remark-citations";
export { remarkCitations as default, remarkCitations } from "./remark-citations";

export { catalog } from "./catalog";

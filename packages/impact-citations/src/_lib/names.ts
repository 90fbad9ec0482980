import type { NameFields } from "./check-source";
import type { Writer } from "./output";

const join = (...parts: (string | undefined)[]): string =>
  parts.filter((part) => part !== undefined && part !== "").join(" ");

/** `Jean de La Fontaine`, `Observatoire des partenariats`. @internal */
export function displayName(name: NameFields, w: Writer): string {
  if (name.literal !== undefined) return w.data(name.literal);
  const full = join(
    name.given,
    name["dropping-particle"],
    name["non-dropping-particle"],
    name.family,
  );
  return w.data(name.suffix === undefined ? full : `${full}, ${name.suffix}`);
}

/** ISO 690: `LA FONTAINE, Jean de`, organisations in capitals too. @internal */
export function isoName(name: NameFields, w: Writer): string {
  if (name.literal !== undefined) return w.data(name.literal.toLocaleUpperCase(w.locale));
  // The particle that does not drop goes with the family name: `DE GAULLE, Charles`.
  const family = join(name["non-dropping-particle"], name.family).toLocaleUpperCase(w.locale);
  const rest = join(name.given, name["dropping-particle"]);
  const full = rest === "" ? family : `${family}, ${rest}`;
  return w.data(name.suffix === undefined ? full : `${full}, ${name.suffix}`);
}

/** `J.-P.` from `Jean-Pierre`. */
function initials(given: string): string {
  return given
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .split("-")
        .map((part) => (part === "" ? "" : `${part.charAt(0).toLocaleUpperCase()}.`))
        .join("-"),
    )
    .join(" ");
}

/** APA: `La Fontaine, J. de`, `Observatoire des partenariats`. @internal */
export function apaName(name: NameFields, w: Writer): string {
  if (name.literal !== undefined) return w.data(name.literal);
  const family = join(name["non-dropping-particle"], name.family);
  const given = name.given === undefined ? "" : initials(name.given);
  const rest = join(given, name["dropping-particle"]);
  const full = rest === "" ? family : `${family}, ${rest}`;
  return w.data(name.suffix === undefined ? full : `${full}, ${name.suffix}`);
}

/** APA's editors: `P. Leroy`, `J. de Gaulle`. @internal */
export function apaEditorName(name: NameFields, w: Writer): string {
  if (name.literal !== undefined) return w.data(name.literal);
  const given = name.given === undefined ? undefined : initials(name.given);
  const full = join(given, name["dropping-particle"], name["non-dropping-particle"], name.family);
  return w.data(name.suffix === undefined ? full : `${full}, ${name.suffix}`);
}

/** `A`, `A et B`, `A, B et C`, `A et al.` beyond `max` names. @internal */
export function nameList(
  names: readonly NameFields[] | undefined,
  w: Writer,
  render: (name: NameFields, w: Writer) => string,
  max = 3,
): string {
  if (names === undefined || names.length === 0) return "";
  const first = names[0] as NameFields;
  if (names.length > max) return `${render(first, w)} ${w.latin(w.terms.etAl)}`;
  const rendered = names.map((name) => render(name, w));
  const last = rendered.pop() as string;
  return rendered.length === 0 ? last : `${rendered.join(", ")} ${w.lit(w.terms.and)} ${last}`;
}

/** The name an author goes by in a sentence: `de Gaulle`, `Observatoire des partenariats`. @internal */
export function inTextName(name: NameFields, w: Writer): string {
  if (name.literal !== undefined) return w.data(name.literal);
  const family = join(name["non-dropping-particle"], name.family);
  return w.data(family === "" ? (name.given ?? "") : family);
}

import { LOCALES } from "@observatoire/impact-core/kernel";
import type { Interval, ProportionMethod } from "@observatoire/impact-indicators";
import { readChoice, readCountArg, readLevel, stringFlag } from "../_lib/args";
import { argumentError, usageError } from "../_lib/cli-error";
import type { Command } from "../_lib/command";
import { fixed, formatPairs } from "../_lib/table";

// The library's names of the arguments, as this command names them.
const ARGUMENTS = {
  successes: "SUCCESSES",
  trials: "TRIALS",
  method: "--method",
  level: "--level",
} as const;

/** @internal `impact ci`: the confidence interval of a proportion. */
export const ciCommand: Command = {
  name: "ci",
  summary: "confidence interval of a proportion (successes out of trials)",
  help: `Usage: impact ci SUCCESSES TRIALS [--method M] [--level L] [--locale fr|en] [--json]

Confidence interval of a binomial proportion, as statsmodels proportion_confint.

Options:
  --method M   wilson (default), wald, agresti-coull, clopper-pearson, jeffreys
  --level L    confidence level strictly between 0 and 1 (default 0.95)
  --locale L   fr or en: one line as a report writes it ("74,0 % [64,6 % ; 81,6 %]")
  --json       print one JSON object (full precision) instead of a table
  -h, --help   show this help

Example:
  $ impact ci 74 100 --method clopper-pearson
  successes  74
  trials     100
  estimate   0.740000
  lower      0.642688
  upper      0.822606
  level      0.95
  method     clopper-pearson
`,
  options: {
    method: { type: "string" },
    level: { type: "string" },
    locale: { type: "string" },
    json: { type: "boolean" },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 2) {
      throw usageError(
        `ci expects 2 arguments, SUCCESSES and TRIALS, got ${positionals.length} (see "impact ci --help")`,
      );
    }
    const successes = readCountArg(positionals[0] as string, "SUCCESSES");
    const trials = readCountArg(positionals[1] as string, "TRIALS");
    const method = stringFlag(values.method) as ProportionMethod | undefined;
    const level = readLevel(values.level);
    const locale =
      values.locale === undefined ? undefined : readChoice(values.locale, "locale", LOCALES, "fr");
    const [{ isImpactError }, { proportionInterval, formatPercent, formatInterval }] =
      await Promise.all([
        import("@observatoire/impact-core/kernel"),
        import("@observatoire/impact-indicators"),
      ]);
    let interval: Interval<ProportionMethod>;
    try {
      interval = proportionInterval(successes, trials, { method, level });
    } catch (error) {
      // Every input of this command comes from the command line.
      if (isImpactError(error)) throw argumentError(error, ARGUMENTS);
      throw error;
    }
    if (values.json === true) {
      io.stdout.write(
        `${JSON.stringify({
          successes,
          trials,
          estimate: interval.estimate,
          lower: interval.lower,
          upper: interval.upper,
          level: interval.level,
          method: interval.method,
        })}\n`,
      );
      return;
    }
    if (locale !== undefined) {
      io.stdout.write(
        `${formatPercent(interval.estimate, { digits: 1, locale })} ${formatInterval(interval, { locale })}\n`,
      );
      return;
    }
    const text = formatPairs([
      ["successes", String(successes)],
      ["trials", String(trials)],
      ["estimate", fixed(interval.estimate)],
      ["lower", fixed(interval.lower)],
      ["upper", fixed(interval.upper)],
      ["level", String(interval.level)],
      ["method", interval.method],
    ]);
    io.stdout.write(`${text}\n`);
  },
};

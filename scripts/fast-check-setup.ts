// Property tests explore new cases on every local run, where a failure is a finding to
// fix. CI must be reproducible, so there every property test runs from one fixed seed,
// and FC_SEED replays any seed a failure printed: `FC_SEED=-864071139 npx vitest run`.
import fc from "fast-check";

const fromEnv = process.env.FC_SEED;
const seed =
  fromEnv !== undefined && fromEnv !== ""
    ? Number(fromEnv)
    : process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false"
      ? 20_261_126
      : undefined;

if (seed !== undefined) {
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${fromEnv}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}

const LISTED = 5;

/** @internal One line listing zod issues as `path: message`. */
export async function formatZodIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Promise<string> {
  const { formatPath } = await import("@observatoire/impact-core/kernel");
  const listed = issues.slice(0, LISTED).map((issue) => {
    const path = formatPath(
      issue.path.filter((key): key is string | number => typeof key !== "symbol"),
    );
    return `${path === "" ? "(root)" : path}: ${issue.message}`;
  });
  const more = issues.length > LISTED ? `; and ${issues.length - LISTED} more` : "";
  return `${listed.join("; ")}${more}`;
}

/** What to tell the user about a caught error: its own message, or the fallback when it has none. */
export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof Error ? error.message : fallback;
}

/**
 * Rate limits count in fixed one-minute windows. A test that fills a window waits, when needed, until at least
 * `roomMs` of the current minute is left, so a window boundary in the middle cannot reset the counts.
 */
export async function waitForRoomInWindow(roomMs: number, windowMs = 60_000): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < roomMs) await new Promise((r) => setTimeout(r, left + 50));
}

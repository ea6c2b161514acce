/**
 * Runs `run` in the task after the next frame is painted: the frame is not held back by it. A timeout queued from
 * the frame's own callback runs once that frame's style, layout and paint are done.
 */
export function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

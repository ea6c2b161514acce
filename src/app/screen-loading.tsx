/** Shown in the page while a screen's code loads on first opening the app at that screen. */
export function ScreenLoading() {
  return (
    <p className="page" role="status">
      Loading…
    </p>
  );
}

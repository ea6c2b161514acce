// Cold and warm loads of the home screen on a slow phone: CPU slowed 4×, slow 4G (Lighthouse's figures),
// HTTP cache off, a fresh browser context each run. Used by bench-browser.mjs.

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

/** FCP and LCP of the current document, in ms from navigation start, read from the buffered performance entries. */
const readPaints = () =>
  new Promise((resolve) => {
    const found = {};
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') found.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      if (!last) return;
      found.lcp = last.startTime;
      found.lcpElement = last.element ? `${last.element.tagName.toLowerCase()}${last.element.className ? `.${last.element.className}` : ''}` : '(an element since replaced)';
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => resolve(found), 100);
  });

/** Waits for a service worker to take the page; says why not when none does. */
const awaitServiceWorker = async () => {
  if (!('serviceWorker' in navigator)) return 'this browser has no service workers';
  // vite-plugin-pwa registers on the window's load event, which has fired by now; allow it a moment.
  const until = Date.now() + 3000;
  while (!(await navigator.serviceWorker.getRegistration()) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (!(await navigator.serviceWorker.getRegistration())) return 'no service worker is registered in this build';
  await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 20000))]);
  if (!navigator.serviceWorker.controller) {
    await new Promise((r) => {
      navigator.serviceWorker.addEventListener('controllerchange', r, { once: true });
      setTimeout(r, 5000);
    });
  }
  return 'ready';
};

/**
 * Medians over `runs` fresh contexts: cold FCP/LCP, JS heap after the home screen has loaded its list,
 * and, when the build has a service worker, FCP/LCP of a reload served through it.
 */
export async function measureHomeLoads(browser, base, runs, ready) {
  const cold = [];
  const warm = [];
  const heaps = [];
  let warmSkipped;
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Performance.enable');

    await page.goto(`${base}/`);
    await ready(page).waitFor({ timeout: 60_000 });
    cold.push(await page.evaluate(readPaints));
    const { metrics } = await cdp.send('Performance.getMetrics');
    heaps.push(metrics.find((m) => m.name === 'JSHeapUsedSize').value / (1024 * 1024));

    // One run without a service worker is enough to know the build has none.
    const sw = warmSkipped ?? (await page.evaluate(awaitServiceWorker));
    if (sw === 'ready') {
      await page.reload();
      await ready(page).waitFor({ timeout: 60_000 });
      const isControlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
      if (isControlled) warm.push(await page.evaluate(readPaints));
      else warmSkipped = 'the service worker never took control of the page';
    } else warmSkipped = sw;
    await context.close();
  }
  return { cold, warm, heaps, warmSkipped };
}

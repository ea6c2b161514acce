import type { CDPSession } from '@playwright/test';

/** CPU time one kind of thread of the page spent in tasks: its longest task and all of them together. */
export interface ThreadWork {
  longestMs: number;
  totalMs: number;
}

export interface PageWork {
  /** The page's main thread: what can freeze the tab. */
  main: ThreadWork;
  /** Its dedicated workers (the file reader). */
  workers: ThreadWork;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: { processId?: number; url?: string }[] } };
}

const sum = (tasks: number[]) => tasks.reduce((total, ms) => total + ms, 0);

/**
 * The CPU time (thread time from a Chromium trace, not the wall clock) the page's own threads spent while `body`
 * ran. Thread time counts only what a thread itself ran, so other processes busy on the same cores do not add
 * to it. Measure without Chromium's CPU throttling: it spins the thread, and the spinning counts as thread time.
 */
export async function pageWork(cdp: CDPSession, pageUrl: string, body: () => Promise<void>): Promise<PageWork> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  });
  try {
    await body();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  const origin = new URL(pageUrl).origin;
  const pagePids = new Set(
    events.flatMap((event) => (event.name === 'TracingStartedInBrowser' ? (event.args?.data?.frames ?? []) : [])).flatMap((frame) => (frame.url?.startsWith(origin) && frame.processId ? [frame.processId] : [])),
  );
  const threads = new Map<string, string>();
  for (const event of events) if (event.ph === 'M' && event.name === 'thread_name') threads.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  const tasksOn = (threadName: string) =>
    events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && pagePids.has(event.pid) && threads.get(`${event.pid}:${event.tid}`) === threadName).map((event) => (event.tdur ?? 0) / 1000);
  const work = (tasks: number[]): ThreadWork => ({ longestMs: Math.max(0, ...tasks), totalMs: sum(tasks) });
  const main = tasksOn('CrRendererMain');
  // A trace that names no task of the page measured nothing: fail rather than pass on zero.
  if (main.length === 0) throw new Error('the trace holds no task of the page’s main thread');
  return { main: work(main), workers: work(tasksOn('DedicatedWorker thread')) };
}

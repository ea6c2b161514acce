import userEvent from '@testing-library/user-event';

/**
 * A test that times out keeps running in the background: a `user.type` still in flight would go on typing into
 * whatever has focus in the next test (it once typed "rdEvidence line…" into another test's note). Every
 * user-event call is therefore tracked; when a test ends its calls are left to finish against the unmounted page,
 * and any later call from that test fails at once instead of acting on the next test's screen.
 */
type UserEvent = ReturnType<typeof userEvent.setup>;

const inFlight = new Set<Promise<unknown>>();
let testNumber = 0;
const setupMain = userEvent.setup.bind(userEvent);

function guardedSetup(...args: Parameters<typeof userEvent.setup>): UserEvent {
  const startedIn = testNumber;
  const guard = (user: UserEvent): UserEvent =>
    new Proxy(user, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...callArgs: unknown[]) => {
          if (testNumber !== startedIn) {
            return Promise.reject(new Error(`user.${String(key)}() called after its test ended (it timed out or forgot an await)`));
          }
          const result: unknown = Reflect.apply(value, target, callArgs);
          // setup() on an instance returns another instance: guard it too.
          if (key === 'setup') return guard(result as UserEvent);
          if (result instanceof Promise) {
            inFlight.add(result);
            void result.finally(() => inFlight.delete(result)).catch(() => undefined);
          }
          return result;
        };
      },
    });
  return guard(setupMain(...args));
}
Object.assign(userEvent, { setup: guardedSetup });

/** Call after unmounting: refuses further calls from the test that ended and waits for those still running. */
export async function endUserEvents(): Promise<void> {
  testNumber += 1;
  await Promise.allSettled([...inFlight]);
}

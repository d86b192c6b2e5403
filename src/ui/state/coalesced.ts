/**
 * A task whose later calls, made while it runs, are served by one more run once it is done: each call's
 * promise settles after a run that began after the call. For a write whose cost does not depend on how
 * many changes it carries (the rule settings, which count every history entry again).
 */
export function coalesced(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    again = running !== null;
    running ??= (async () => {
      try {
        do {
          again = false;
          await task();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}

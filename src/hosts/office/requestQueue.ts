import { REQUEST_BUDGET } from "./payload";

/**
 * Packs queued Office calls into as few requests as the size budget allows: a call joins the current request unless
 * its estimated bytes would take the request, or the response to it, past `budget`; then the request is sent first.
 * So a normal plan costs one sync, and a large one one more per extra `budget` bytes.
 */
export type RequestQueue = {
  /**
   * Queues `call` (which invokes the Office API), estimated at `requestBytes` sent and `responseBytes` returned;
   * resolves to what `call` returned.
   */
  add<T>(requestBytes: number, call: () => T, responseBytes?: number): Promise<T>;
  /** Sends the current request, if anything is queued. */
  flush(): Promise<void>;
};

/**
 * @param sync sends the queued request (the host's counting `context.sync()`)
 * @param startRequest queues what every request must begin with (e.g. suspending recalculation)
 */
export function createRequestQueue(
  sync: () => Promise<void>,
  startRequest: () => void = () => undefined,
  budget: number = REQUEST_BUDGET,
): RequestQueue {
  let calls = 0;
  let sent = 0;
  let returned = 0;
  const flush = async (): Promise<void> => {
    if (calls === 0) return;
    calls = 0;
    sent = 0;
    returned = 0;
    await sync();
  };
  return {
    async add<T>(requestBytes: number, call: () => T, responseBytes = 0): Promise<T> {
      if (calls > 0 && (sent + requestBytes > budget || returned + responseBytes > budget)) await flush();
      if (calls === 0) startRequest();
      const result = call();
      calls += 1;
      sent += requestBytes;
      returned += responseBytes;
      return result;
    },
    flush,
  };
}

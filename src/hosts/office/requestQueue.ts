import { PAYLOAD_BUDGET, RANGE_BYTES } from "./payload";

/**
 * Packs queued Office calls into as few requests as the size budget allows: a call joins the current request unless
 * its estimated bytes would take the request, or the response to it, past `budget`; then the request is sent first.
 * So a normal plan costs one sync, and a large one one more per extra `budget` bytes.
 */
export type RequestQueue = {
  /**
   * Queues `call` (which invokes the Office API), estimated at `requestBytes` sent and `responseBytes` returned;
   * resolves to what `call` returned. `on` is the worksheet the call goes through: office-js sends its object path
   * once in every request that uses it, which the queue adds to the first such call of a request.
   */
  add<T>(requestBytes: number, call: () => T, responseBytes?: number, on?: object): Promise<T>;
  /** The estimated bytes the current request can still take (the whole budget when nothing is queued). */
  room(): number;
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
  budget: number = PAYLOAD_BUDGET,
): RequestQueue {
  let calls = 0;
  let sent = 0;
  let returned = 0;
  const used = new Set<object>();
  const flush = async (): Promise<void> => {
    if (calls === 0) return;
    calls = 0;
    sent = 0;
    returned = 0;
    used.clear();
    await sync();
  };
  const pathBytes = (on: object | undefined): number => (on && !used.has(on) ? RANGE_BYTES : 0);
  return {
    async add<T>(requestBytes: number, call: () => T, responseBytes = 0, on?: object): Promise<T> {
      const over = sent + requestBytes + pathBytes(on) > budget || returned + responseBytes > budget;
      if (calls > 0 && over) await flush();
      if (calls === 0) startRequest();
      const result = call();
      calls += 1;
      sent += requestBytes + pathBytes(on);
      returned += responseBytes;
      if (on) used.add(on);
      return result;
    },
    room: () => budget - sent,
    flush,
  };
}

// One fetch for the wasm module and the datasets that cannot hang: it is given up when nothing
// arrives for STALL_SECONDS (no answer, or a body that stops coming), and every failure names what
// was fetched and its URL. A slow download that keeps arriving is never cut off.

/** Seconds without a byte after which a download is given up. */
export const STALL_SECONDS = 10;

/**
 * `fetch(url)`, resolved once the status is ok; its body errors with a named message if it stalls.
 * With `use`, resolves to what `use(response)` does, and a stall while it runs rejects with that
 * message whatever `use` made of the broken body (WebAssembly compilation words it its own way).
 * @param {string} url
 * @param {string} what  how the resource is named in messages, e.g. "dataset"
 * @param {(response: Response) => Promise<any>} [use]
 * @returns {Promise<any>}
 */
export async function fetchWatched(url, what, use) {
  const named = (/** @type {string} */ text, /** @type {unknown} */ cause = undefined) =>
    new Error(`${what} ${url}: ${text}`, { cause });
  const stalled = named(
    `nothing arrived for ${STALL_SECONDS} s, so it was given up (the server or the network stalled)`,
  );
  const abort = new AbortController();
  let timer = 0;
  const stop = () => clearTimeout(timer);
  const watch = () => {
    stop();
    timer = setTimeout(() => abort.abort(stalled), STALL_SECONDS * 1000);
  };
  watch();
  let response;
  try {
    response = await fetch(url, { signal: abort.signal });
  } catch (error) {
    stop();
    throw abort.signal.aborted
      ? stalled
      : named(
          `could not be fetched (${error instanceof Error ? error.message : error}): the address may be wrong, the server down, or it does not let this page read it (CORS)`,
          error,
        );
  }
  if (!response.ok) {
    stop();
    throw named(`the server answered ${response.status} ${response.statusText}`.trim());
  }
  let watched = response;
  if (response.body) {
    stop();
    const reader = response.body.getReader();
    // The clock runs only while a read waits for bytes: a body that has arrived and waits to be
    // read (a dataset waiting for the module to start) is never counted as stalled.
    const counted = new ReadableStream(
      {
        async pull(controller) {
          watch();
          try {
            const { done, value } = await reader.read();
            if (done) controller.close();
            else controller.enqueue(value);
          } catch (error) {
            controller.error(abort.signal.aborted ? stalled : error);
          } finally {
            stop();
          }
        },
        cancel(reason) {
          stop();
          return reader.cancel(reason);
        },
      },
      { highWaterMark: 0 },
    );
    watched = new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  } else {
    stop();
  }
  if (!use) return watched;
  try {
    return await use(watched);
  } catch (error) {
    throw abort.signal.aborted ? stalled : error;
  } finally {
    stop();
  }
}

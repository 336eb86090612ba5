// AMP: the iframe page posts AMP's resize request, { sentinel: "amp", type: "embed-size", height },
// to its parent beside its own height message, so that an <amp-iframe resizable> takes the embed's
// height: with the embed document's height, again whenever that height changes.
import { addEmbedFrame, expect, markLayout, pagePoint, singleMarks, test } from "./support.mjs";

const EL = "cited-stats";

/** Opens the empty host page, recording in it every AMP message and the window it came from. */
async function hostRecordingAmp(page) {
  await page.addInitScript(() => {
    if (window.parent !== window) return;
    window.__amp = [];
    addEventListener("message", (event) => {
      if (event.data?.sentinel !== "amp") return;
      const frame = document.getElementById("frame");
      window.__amp.push({ data: event.data, fromFrame: !!frame && event.source === frame.contentWindow });
    });
  });
  await page.goto("/fixtures/host/blank.html");
}

/** The embed document's height, as the page measures what it posts. */
const innerHeight = (frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/**
 * Waits until the last AMP message came from the embed's window and is embed-size with the embed
 * document's height; returns that height.
 */
async function lastAmpIsHeight(page, frame) {
  await expect
    .poll(
      async () => {
        const last = await page.evaluate(() => window.__amp.at(-1));
        const height = await innerHeight(frame);
        return last && { ...last.data, height: last.data.height - height, fromFrame: last.fromFrame };
      },
      { message: "the last AMP message, its height minus the embed document's height" },
    )
    .toEqual({ sentinel: "amp", type: "embed-size", height: 0, fromFrame: true });
  return innerHeight(frame);
}

test("the iframe page asks an amp-iframe for its height, and again as it changes", async ({ page }) => {
  await hostRecordingAmp(page);
  const frame = await addEmbedFrame(page, "chart=bars&topic=care-leavers&height=300"); // no resizer: AMP's runtime is the parent's
  const closed = await lastAmpIsHeight(page, frame);
  expect(closed).toBeGreaterThanOrEqual(300);
  // Exactly the message AMP documents: nothing more, every one of them from the embed's window.
  const all = await page.evaluate(() => window.__amp);
  expect(all.every((m) => m.fromFrame && Object.keys(m.data).sort().join() === "height,sentinel,type")).toBe(true);

  const mark = singleMarks(await markLayout(frame, EL))[0];
  const point = await pagePoint(frame, mark.centre, EL);
  await page.mouse.click(point.x, point.y);
  await expect(frame.locator(`${EL} .card`)).toBeVisible();
  const open = await lastAmpIsHeight(page, frame);
  expect(open).toBeGreaterThan(closed);

  await frame.locator(`${EL} .card button.close`).click();
  await expect(frame.locator(`${EL} .card`)).toBeHidden();
  expect(await lastAmpIsHeight(page, frame)).toBe(closed);
});

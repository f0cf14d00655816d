import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { designLink, flowNode, oneServer, SHOTS } from './helpers';

/** Decodes a GIF with the browser's own image decoder: its frame count, and the last frame's size and duration. */
async function decodeGif(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const decoder = new ImageDecoder({ data, type: 'image/gif' });
    await decoder.tracks.ready;
    const frames = decoder.tracks.selectedTrack!.frameCount;
    const last = await decoder.decode({ frameIndex: frames - 1 });
    return { frames, width: last.image.displayWidth, height: last.image.displayHeight, durationUs: last.image.duration };
  }, bytes.toString('base64'));
}

/** The size as the Record dialog writes it. */
const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);

test('a teacher plays stage 3’s demo: narrated steps, the kill happens, replay, leave', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('toolbar-present').click();
  await expect(page.getByTestId('presenter')).toBeVisible();
  // Focus moves into the view as it opens, not left on the page's body.
  await expect(page.getByTestId('presenter')).toBeFocused();
  await page.getByTestId('presenter-demo').selectOption('3');
  await expect(page.getByTestId('presenter-caption').getByText('Press Space')).toBeVisible();
  // No editing chrome: no palette, no inspector.
  await expect(page.getByTestId('palette-web')).toHaveCount(0);
  await expect(page.getByTestId('node-inspector')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'classroom mode');

  // Space plays; the first step's narration shows at once.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('presenter-caption')).toContainText('shares requests between web-1 and web-2');
  // → runs the simulation on to the next step (t = 15 s) and holds there: its kill happens on the canvas.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-caption')).toContainText('web-1 crashes');
  await expect(page.getByTestId('presenter-clock')).toHaveText(/^t = 15\.\d s$/);
  await expect(page.getByTestId('presenter-play')).toBeVisible();
  await expect(page.getByTestId('node-web-1')).toHaveAttribute('data-health', 'down');
  await expect(page.locator('[data-testid="presenter-steps"] li[aria-current="step"]')).toContainText('kill web-1');
  await page.screenshot({ path: `${SHOTS}/classroom-01-kill.png` });

  // ← shows the previous narration again; Home replays from the start, with every node back.
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('presenter-caption')).toContainText('shares requests');
  await page.keyboard.press('Home');
  await expect(page.getByTestId('node-web-1')).not.toHaveAttribute('data-health', 'down');
  await expect(page.getByTestId('presenter-caption')).toContainText('shares requests');

  // Played in time: at 10× the kill at t=15 s arrives by itself (the engine has it scheduled).
  // web-1 is down from 15 s to 30 s, 1.5 s of wall time: the page itself presses Space (pause)
  // the moment the narration gets there, so a busy machine's round trips cannot miss the window.
  await page.keyboard.press('Space'); // pause
  await page.getByTestId('presenter-speed').selectOption('10');
  const pausedAtKill = page.evaluate(() => new Promise<void>((resolve) => {
    const caption = document.querySelector('[data-testid="presenter-caption"]')!;
    const observer = new MutationObserver(() => {
      if (!/web-1 crashes|For a moment/.test(caption.textContent ?? '')) return;
      observer.disconnect();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: ' ' }));
      resolve();
    });
    observer.observe(caption, { subtree: true, childList: true, characterData: true });
  }));
  await page.getByTestId('presenter-play').click();
  await pausedAtKill;
  await expect(page.getByTestId('presenter-play')).toBeVisible();
  await expect(page.getByTestId('node-web-1')).toHaveAttribute('data-health', 'down');
  await page.screenshot({ path: `${SHOTS}/classroom-02-timed.png` });
  await page.getByTestId('presenter-play').click();
  // …and the script's last step brings it back.
  await expect(page.getByTestId('presenter-caption')).toContainText('web-1 comes back', { timeout: 30_000 });
  await expect(page.getByTestId('node-web-1')).not.toHaveAttribute('data-health', 'down');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.getByTestId('palette-web')).toBeVisible();
});

test('the audience window follows the presenter: keys in either drive both, a reload of either rejoins, a hostile message is ignored', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('toolbar-present').click();
  await page.getByTestId('presenter-demo').selectOption('3');
  const [audience] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('presenter-audience').click()]);
  await expect(audience.getByTestId('audience-caption')).toHaveText('The demo is about to start.');
  await expect(audience.getByTestId('node-web-1')).toBeVisible();
  // Only the canvas, the numbers and the narration: no script, no buttons, no palette.
  await expect(audience.getByTestId('presenter-steps')).toHaveCount(0);
  await expect(audience.getByTestId('palette-web')).toHaveCount(0);
  // Nor the single-points-of-failure chip, which the presenter's own canvas keeps.
  await expect(page.getByTestId('spof-panel')).toBeVisible();
  await expect(audience.getByTestId('spof-panel')).toHaveCount(0);

  // A key in the presenter window drives both.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('presenter-caption')).toContainText('shares requests between web-1 and web-2');
  await expect(audience.getByTestId('audience-caption')).toContainText('shares requests between web-1 and web-2');
  await expect(audience.getByTestId('audience-figures')).toContainText('Throughput');
  await page.keyboard.press('Space'); // pause
  await expect(page.getByTestId('presenter-play')).toBeVisible();

  // A key in the audience window drives both: → runs on to the kill at t = 15 s.
  await audience.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-caption')).toContainText('web-1 crashes');
  await expect(audience.getByTestId('audience-caption')).toContainText('web-1 crashes');
  await expect(audience.getByTestId('audience-clock')).toHaveText(/^t = 15\.\d s$/);
  await expect(audience.getByTestId('node-web-1')).toHaveAttribute('data-health', 'down');
  await expect(page.getByTestId('presenter-next-step')).toContainText('t = 16 sFor a moment the balancer');
  await page.screenshot({ path: `${SHOTS}/classroom-03-presenter.png` });
  await audience.screenshot({ path: `${SHOTS}/classroom-04-audience.png` });

  // Reloading the audience window: it asks again and gets the presenter's state.
  await audience.reload();
  await expect(audience.getByTestId('audience-caption')).toContainText('web-1 crashes');
  await expect(audience.getByTestId('node-web-1')).toHaveAttribute('data-health', 'down');

  // Reloading the presenter window: presenter mode comes back at the same step, and the audience with it.
  await page.reload();
  await expect(page.getByTestId('presenter-caption')).toContainText('web-1 crashes');
  await expect(audience.getByTestId('audience-lost')).toHaveCount(0);
  await expect(audience.getByTestId('audience-caption')).toContainText('web-1 crashes');
  await expect(audience.getByTestId('audience-clock')).toHaveText(/^t = 15\.\d s$/);

  // Messages the protocol does not allow change nothing; the next real key still drives both.
  await audience.evaluate(() => {
    const channel = new BroadcastChannel('scale-playground-classroom');
    const frame = { type: 'frame', status: 'running', killedIds: [], live: { tMs: 1, done: false, nodes: {}, edgeRps: {}, summary: null }, figures: [], title: 'Hacked', caption: { tS: 0, say: 'HACKED' }, stepIndex: 0, stepCount: 1 };
    channel.postMessage({ v: 2, ...frame });
    channel.postMessage({ v: 1, ...frame, extra: '<img src=x onerror=alert(1)>' });
    channel.postMessage({ v: 1, type: 'design', design: { nodes: 'none' } });
    channel.postMessage('HACKED');
    channel.close();
  });
  await audience.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('presenter-caption')).toContainText('shares requests');
  await expect(audience.getByTestId('audience-caption')).toContainText('shares requests');
  await expect(audience.getByText('HACKED')).toHaveCount(0);
  await expect(audience.getByTestId('node-web-1')).toBeVisible();

  // Leaving presenter mode: the audience window says the presenter is away.
  await page.keyboard.press('Escape');
  await expect(audience.getByTestId('audience-lost')).toBeVisible();
});

test('a teacher records the next 5 seconds of a demo as a GIF (progress, its size before saving, a file that decodes to 25 frames), then its last 5 seconds', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByTestId('toolbar-present').click();
  await page.getByTestId('presenter-demo').selectOption('3');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('presenter-caption')).toContainText('shares requests');

  // Cancel stops a recording under way and leaves the dialog ready for another.
  await page.getByTestId('presenter-record').click();
  await expect(page.getByTestId('presenter-play')).toBeVisible(); // recording pauses the run
  await page.getByTestId('record-from-next').check();
  await page.getByTestId('record-seconds').selectOption('60');
  await page.getByTestId('record-start').click();
  await expect(page.getByTestId('record-progress')).toBeVisible();
  await page.getByTestId('record-cancel').click();
  await expect(page.getByTestId('record-start')).toBeVisible({ timeout: 30_000 });

  await page.getByTestId('record-seconds').selectOption('5');
  await page.getByTestId('record-fps').selectOption('5');
  await page.getByTestId('record-width').selectOption('480');
  const clockBefore = await page.getByTestId('presenter-clock').textContent();
  await page.getByTestId('record-start').click();
  await expect(page.getByTestId('record-ready')).toContainText('GIF · 25 frames · 480×', { timeout: 150_000 });
  const shownSize = await page.getByTestId('record-size').textContent();
  // Five simulated seconds went by while it recorded: the clock moved 4.8 s (25 frames, 0.2 s apart).
  const seconds = (text: string | null) => Number(/t = ([\d.]+) s/.exec(text ?? '')?.[1]);
  await expect.poll(async () => Math.round((seconds(await page.getByTestId('presenter-clock').textContent()) - seconds(clockBefore)) * 10) / 10).toBe(4.8);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('record-save').click()]);
  expect(download.suggestedFilename()).toMatch(/\.gif$/);
  await download.saveAs(`${SHOTS}/classroom-05-recording.gif`);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  expect(shownSize).toBe(sizeText(bytes.length));

  // The browser's own image decoder reads it back: 25 frames of 480 px, each 200 ms.
  const decoded = await decodeGif(page, bytes);
  expect(decoded).toMatchObject({ frames: 25, width: 480, durationUs: 200_000 });
  expect(decoded.height).toBeGreaterThan(200);

  // Played on a little, the demo has kept more than 5 s of itself: the dialog now offers the last
  // seconds, drawn again with the narration of their time, and the clock stays where it paused.
  const ranTo = seconds(await page.getByTestId('presenter-clock').textContent());
  await page.getByTestId('presenter-play').click();
  await expect.poll(async () => seconds(await page.getByTestId('presenter-clock').textContent())).toBeGreaterThan(ranTo + 1);
  await page.getByTestId('presenter-record').click();
  await expect(page.getByTestId('record-from-last')).toBeChecked();
  // A frame already on its way when the run paused may still land: the clock once two readings agree.
  let pausedAt = '';
  await expect.poll(async () => { const now = (await page.getByTestId('presenter-clock').textContent()) ?? ''; const settled = now === pausedAt; pausedAt = now; return settled; }, { intervals: [250] }).toBe(true);
  await page.getByTestId('record-width').selectOption('480');
  await page.getByTestId('record-start').click();
  await expect(page.getByTestId('record-ready')).toContainText('GIF · 25 frames · 480×', { timeout: 150_000 });
  await expect(page.getByTestId('presenter-clock')).toHaveText(pausedAt);
});

test('in the editor, the last 5 seconds of a run record as a GIF of 25 frames, and the run is left where it was', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/${designLink(oneServer)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  const clock = async () => Number(/t = ([\d.]+) s/.exec((await page.getByTestId('run-clock').textContent()) ?? '')?.[1] ?? Number.NaN);
  await page.getByTestId('run-start').click();
  await expect.poll(clock, { timeout: 60_000 }).toBeGreaterThan(6.5);

  // Export › Record a run… pauses the run and offers its last seconds, which are kept.
  await page.getByTestId('toolbar-export').click();
  await page.getByTestId('export-record').click();
  await expect(page.getByTestId('record-dialog')).toBeVisible();
  await expect(page.getByTestId('run-resume')).toBeVisible(); // paused
  await expect(page.getByTestId('record-from-last')).toBeChecked();
  await expect(page.getByTestId('record-note')).toContainText('25 frames of the last 5 s');
  // 60 s are not kept yet: the dialog says so and does not record.
  await page.getByTestId('record-seconds').selectOption('60');
  await expect(page.getByTestId('record-note')).toContainText('Only the last');
  await expect(page.getByTestId('record-start')).toBeDisabled();
  await page.getByTestId('record-seconds').selectOption('5');
  await page.getByTestId('record-fps').selectOption('5');
  await page.getByTestId('record-width').selectOption('480');
  await page.screenshot({ path: `${SHOTS}/classroom-06-record-last.png` });
  // On a phone the dialog fits the screen, its Record button in reach.
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('record-start')).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/classroom-08-record-phone.png` });
  await page.setViewportSize(desktop);
  // A frame already on its way when the run paused may still land: the clock once two readings agree.
  let pausedAt = Number.NaN;
  await expect.poll(async () => { const now = await clock(); const settled = now === pausedAt; pausedAt = now; return settled; }, { intervals: [250] }).toBe(true);
  await page.getByTestId('record-start').click();
  await expect(page.getByTestId('record-ready')).toContainText('GIF · 25 frames · 480×', { timeout: 150_000 });
  // The past was drawn again, not run: the clock is where the run paused.
  await expect.poll(clock).toBe(pausedAt);
  const shownSize = await page.getByTestId('record-size').textContent();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('record-save').click()]);
  expect(download.suggestedFilename()).toMatch(/\.gif$/);
  await download.saveAs(`${SHOTS}/classroom-07-last-5s.gif`);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  expect(shownSize).toBe(sizeText(bytes.length));
  const decoded = await decodeGif(page, bytes);
  expect(decoded).toMatchObject({ frames: 25, width: 480, durationUs: 200_000 });
  expect(decoded.height).toBeGreaterThan(100);
  await expect(page.getByTestId('record-dialog')).toHaveCount(0);
  await expect(flowNode(page, 'web-1').getByTestId('live-badge')).toContainText('busy');
});

test('a run records as a WebM video where the browser can, and the video plays back', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByTestId('toolbar-present').click();
  await page.getByTestId('presenter-demo').selectOption('3');
  await page.getByTestId('presenter-record').click();
  const canRecord = await page.evaluate(() => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm'));
  if (!canRecord) {
    await expect(page.getByTestId('record-webm')).toBeDisabled();
    await expect(page.getByTestId('record-webm-unsupported')).toContainText('Choose GIF');
    return;
  }
  await page.getByTestId('record-webm').check();
  await page.getByTestId('record-width').selectOption('480');
  await page.getByTestId('record-start').click();
  await expect(page.getByTestId('record-ready')).toContainText('WebM · 25 frames · 480×', { timeout: 100_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('record-save').click()]);
  expect(download.suggestedFilename()).toMatch(/\.webm$/);
  const bytes = await readFile((await download.path())!);
  // A WebM file starts with the EBML magic number, and the browser's video element plays it
  // (on a blank page: the playground's own policy allows no media from blob: addresses).
  expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
  const player = await page.context().newPage();
  await player.setContent('<p>player</p>');
  const video = await player.evaluate(async (base64) => {
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'video/webm' });
    const element = document.createElement('video');
    element.muted = true;
    element.src = URL.createObjectURL(blob);
    await new Promise((resolve, reject) => { element.onloadeddata = resolve; element.onerror = () => reject(new Error('the video did not load')); });
    return { width: element.videoWidth, height: element.videoHeight };
  }, bytes.toString('base64'));
  expect(video.width).toBe(480);
  expect(video.height).toBeGreaterThan(200);
});

test('on a 1366×768 laptop the presenter keeps the step on show, the big numbers and the clock in sight, and a teacher can kill a node without a mouse', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByTestId('toolbar-more').click();
  await page.getByTestId('toolbar-present').click();
  await page.getByTestId('presenter-demo').selectOption('3');
  const current = page.locator('[data-testid="presenter-steps"] li[aria-current="step"]');
  // Step by step to t = 16 s, the third of four steps: on this screen it is below the side pane's fold.
  for (const said of ['shares requests', 'web-1 crashes', 'For a moment the balancer']) {
    await page.keyboard.press('ArrowRight');
    await expect(current).toContainText(said, { timeout: 20_000 });
    // Each step holds the run at its time, the first one (t = 0) too.
    await expect(page.getByTestId('presenter-play')).toBeVisible();
  }
  await expect(page.getByTestId('presenter-clock')).toHaveText(/^t = 16\.\d s$/);
  const inSight = async (selector: string) => page.evaluate((selector) => {
    const el = document.querySelector(selector)!.getBoundingClientRect();
    const pane = document.querySelector('.presenter__side')!.getBoundingClientRect();
    const list = document.querySelector('[data-testid="presenter-steps"]')!.getBoundingClientRect();
    const box = selector.includes('aria-current') ? list : pane;
    return el.top >= box.top - 1 && el.bottom <= Math.min(box.bottom, window.innerHeight) + 1;
  }, selector);
  await expect.poll(() => inSight('[data-testid="presenter-steps"] li[aria-current="step"]')).toBe(true);
  // The numbers stay above the script (only the list scrolls), and say they are the last second's.
  await expect.poll(() => inSight('[data-testid="figure-p99"]')).toBe(true);
  await expect(page.getByTestId('figure-p99').locator('dt')).toHaveText('p99, last s');
  // The clock is one line, and the bar does not push the page wider than the screen.
  const clock = await page.getByTestId('presenter-clock').evaluate((el) => ({ height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).fontSize) * 1.6 }));
  expect(clock.height).toBeLessThan(clock.line);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  await page.screenshot({ path: `${SHOTS}/classroom-laptop-01-step.png` });

  // Keyboard only: Tab from the bar's last button reaches the nodes; the focused one is outlined.
  await page.getByTestId('presenter-exit').focus();
  let focused = '';
  for (let i = 0; i < 20 && focused !== 'web-2'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id ?? '');
  }
  expect(focused).toBe('web-2');
  await expect(page.getByTestId('node-web-2')).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('node-web-2')).toHaveCSS('border-top-color', 'rgb(37, 99, 235)');
  await page.keyboard.press('k');
  await expect(page.getByTestId('node-web-2')).toHaveAttribute('data-health', 'down');
  await page.screenshot({ path: `${SHOTS}/classroom-laptop-02-keyboard-kill.png` });
  await page.keyboard.press('r');
  await expect(page.getByTestId('node-web-2')).not.toHaveAttribute('data-health', 'down');
});

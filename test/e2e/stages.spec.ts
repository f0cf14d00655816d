import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { connect, dragFromPalette, flowNode, SHOTS } from './helpers';

test('stage 3 by its link: fail the check, follow the hint, pass, and move on to stage 4', async ({ page }) => {
  await page.goto('/#stage=3');
  await expect(page.getByTestId('stage-title')).toHaveText('A load balancer and a second web server');
  // The starting design is on the canvas, and the palette points at what is new.
  await expect(flowNode(page, 'web-1')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(page.getByTestId('palette-loadBalancer')).toHaveClass(/is-new/);
  await expectNoSeriousA11yViolations(page, 'a stage');

  // Check the design as it is: one web server cannot survive the loss of web-1.
  await page.getByTestId('stage-check').click();
  await expect(page.getByTestId('stage-verdict')).toContainText('goals not met yet', { timeout: 30_000 });
  const failed = page.locator('[data-testid="goal"][data-state="failed"]');
  await expect(failed.first()).toBeVisible();
  await expect(page.getByTestId('goal-hint').first()).toContainText(/web server|load balancer/);
  await page.screenshot({ path: `${SHOTS}/stage-01-failed.png` });

  // Follow the hint: a balancer in front of web-1 and a second web server, both on the database.
  await dragFromPalette(page, 'loadBalancer', 140, 200);
  await dragFromPalette(page, 'web', 380, 200);
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  const lb = (await page.locator('.react-flow__node[data-id^="lb"]').getAttribute('data-id'))!;
  const web2 = (await page.locator('.react-flow__node[data-id^="web-"]:not([data-id="web-1"])').getAttribute('data-id'))!;
  await page.locator('.react-flow__edge[data-id="e-dns-web-1"]').click({ force: true });
  await page.keyboard.press('Delete');
  await connect(page, 'dns', lb);
  await connect(page, lb, 'web-1');
  await connect(page, lb, web2);
  await connect(page, web2, 'db-primary');
  await expect(page.locator('.react-flow__edge')).toHaveCount(6);

  await page.getByTestId('stage-check').click();
  await expect(page.getByTestId('stage-verdict')).toContainText('Passed', { timeout: 30_000 });
  await expect(page.locator('[data-testid="goal"][data-state="passed"]')).toHaveCount(4);
  await expect(page.getByTestId('stage-progress')).toContainText('1 of 15 passed');
  await page.screenshot({ path: `${SHOTS}/stage-02-passed.png` });

  // On to stage 4: its starting design replaces the canvas (one Undo away).
  await page.getByTestId('stage-next').click();
  await expect(page.getByTestId('stage-title')).toContainText(/replica/i);
  await page.screenshot({ path: `${SHOTS}/stage-03-stage4.png` });

  // Progress survives a reload, and the panel comes back on the stage the learner was on.
  await page.reload();
  await expect(page.getByTestId('stage-title')).toContainText(/replica/i);
  await page.getByTestId('stage-all').click();
  await expect(page.getByTestId('stage-open-3').locator('[aria-label="passed"]')).toBeVisible();
});

test('show solution passes its own check; an unknown stage link says so', async ({ page }) => {
  await page.goto('/#stage=5');
  await expect(page.getByTestId('stage-title')).toBeVisible();
  await page.getByTestId('stage-solution').click();
  await expect(page.getByTestId('toast').last()).toContainText('reference solution');
  await page.getByTestId('stage-check').click();
  await expect(page.getByTestId('stage-verdict')).toContainText('Passed', { timeout: 30_000 });

  await page.goto('/#stage=99');
  await expect(page.getByTestId('toast').last()).toContainText('There is no stage “99”');
});

test('a stage link waits for the stages’ chunk with “Loading stage…”, and says so when it cannot be fetched', async ({ page }) => {
  // Hold the chunk until the loading state has been seen.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/assets/stageContent-*.js', async (route) => { await held; await route.continue(); });
  await page.goto('/#stage=3');
  await expect(page.getByTestId('stage-loading')).toHaveText('Loading stage…');
  await page.screenshot({ path: `${SHOTS}/stage-loading.png` });
  release();
  await expect(page.getByTestId('stage-title')).toHaveText('A load balancer and a second web server');
  await expect(page.getByTestId('stage-loading')).toBeHidden();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);

  // Offline: the link is refused with a message, and the canvas keeps what it had.
  const offline = await page.context().newPage();
  await offline.route('**/assets/stageContent-*.js', (route) => route.abort('internetdisconnected'));
  await offline.goto('/#stage=5');
  await expect(offline.getByTestId('banner')).toContainText('The stages could not be loaded. Your design is unchanged.');
  await expect(offline.getByTestId('stage-loading')).toBeHidden();
  await expect(offline.locator('.react-flow__node')).toHaveCount(4);
  await offline.screenshot({ path: `${SHOTS}/stage-load-failed.png` });
});

test('a learner watches the Check’s fault happen: “Run it with these faults” puts the crash on the Faults strip and plays it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#stage=3');
  await expect(page.getByTestId('stage-title')).toHaveText('A load balancer and a second web server');
  await expect(page.getByTestId('fault-mark')).toHaveCount(0);
  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('stage-play-faults').click();
  // The stage's crash of web-1 (at 21 s) is on the strip, the run plays, and the crash happens in it.
  await expect(page.getByTestId('fault-mark')).toHaveCount(1);
  await expect(page.getByTestId('fault-mark')).toHaveAttribute('data-t', '21');
  await expect(page.getByTestId('toast').last()).toContainText('Undo takes them off');
  await expect(flowNode(page, 'web-1').getByTestId('node-web-1')).toHaveAttribute('data-health', 'down', { timeout: 30_000 });
  await page.screenshot({ path: `${SHOTS}/stage-04-play-faults.png` });
  // One Undo gives the learner's design back without them (the run goes on as it was).
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('fault-mark')).toHaveCount(0);
});

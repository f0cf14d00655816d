import { expect, test, type Page } from '@playwright/test';
import { designLink, flowNode, SHOTS } from './helpers';
import { expectNoCspViolations, watchCsp } from './csp';

test.beforeEach(async ({ page }) => { await watchCsp(page); });
test.afterEach(async ({ page }) => { await expectNoCspViolations(page); });

/** Four api servers behind a balancer, and monitoring (auto-rollback on by default). */
const apiPool = {
  version: 3,
  name: 'API pool',
  nodes: [
    { id: 'users', kind: 'client', position: { x: 0, y: 240 }, params: { rps: 200, mix: { static: 0, read: 1, write: 0, job: 0 } } },
    { id: 'lb', kind: 'loadBalancer', position: { x: 280, y: 240 }, params: { healthCheckS: 1 } },
    ...[1, 2, 3, 4].map((i) => ({ id: `api-${i}`, kind: 'web', position: { x: 560, y: (i - 1) * 160 }, params: { service: 'api', workers: 8, serviceMs: 10 } })),
    { id: 'mon', kind: 'monitoring', position: { x: 280, y: 480 } },
  ],
  edges: [1, 2, 3, 4].map((i) => ({ id: `e${i}`, source: 'lb', target: `api-${i}` })).concat([{ id: 'e0', source: 'users', target: 'lb' }]),
  sim: { seed: 7, durationS: 900, hopLatencyMs: 1 },
  scenario: [],
};

const eventLog = (page: Page) => page.getByRole('log');
const deployPanel = (page: Page) => page.locator('section[data-panel="deploys"]');

async function openDeploy(page: Page, id: string) {
  await flowNode(page, id).click();
  await page.getByTestId('deploy-menu').locator('summary').click();
}

test('a rolling deploy by click: one server at a time leaves, the chart shows the dip, the log says it is done', async ({ page }) => {
  await page.goto(`/${designLink(apiPool)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();

  await openDeploy(page, 'api-1');
  await page.getByTestId('deploy-strategy').selectOption('rolling');
  await page.getByTestId('deploy-batch').fill('0');
  await page.getByTestId('deploy-apply').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Servers at a time must be a whole number from 1 to 100' })).toBeVisible();
  await page.getByTestId('deploy-batch').fill('1');
  await page.getByTestId('deploy-boot').fill('5');
  await page.getByTestId('deploy-apply').click();

  await expect(eventLog(page)).toContainText('deploy of api (rolling): 4 servers, 1 at a time, 5 s to boot');
  await expect(page.getByTestId('deploy-now')).toContainText('3 of 4 servers in service', { timeout: 15_000 });
  await deployPanel(page).scrollIntoViewIfNeeded();
  await expect(deployPanel(page)).toContainText('api in service');
  await expect(deployPanel(page).locator('path.sp-line').first()).toHaveAttribute('d', /^M.*L/);
  await page.screenshot({ path: `${SHOTS}/deploys-01-rolling.png` });
  await expect(eventLog(page)).toContainText('deploy of api done: every server runs the new version', { timeout: 30_000 });
  await expect(page.getByTestId('deploy-now')).toContainText('4 of 4 servers in service, 4 on the new version');
  await deployPanel(page).screenshot({ path: `${SHOTS}/deploys-02-chart.png` });
});

test('a bad canary by click is rolled back by monitoring, and its errors carry their own cause', async ({ page }) => {
  await page.goto(`/${designLink(apiPool)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();

  await openDeploy(page, 'lb');
  await page.getByTestId('deploy-strategy').selectOption('canary');
  await page.getByTestId('deploy-boot').fill('2');
  await page.getByTestId('deploy-bad').check();
  await page.getByTestId('deploy-apply').click();

  await expect(eventLog(page)).toContainText('the canary takes its share of traffic', { timeout: 15_000 });
  await expect(eventLog(page)).toContainText('auto-rollback of lb: the new version fails more than the alert threshold', { timeout: 15_000 });
  await expect(eventLog(page)).toContainText('rollback of lb done: every server runs the old version', { timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/deploys-03-bad-canary.png` });
});

test('the route editor: add a route to the users, and a refused share says why', async ({ page }) => {
  await page.goto(`/${designLink(apiPool)}`);
  await flowNode(page, 'users').click();
  await page.getByTestId('route-add').click();
  await expect(page.getByTestId('route-0-name')).toHaveValue('route-1');
  await page.getByTestId('route-0-name').fill('upload');
  await page.getByTestId('route-0-share').fill('150');
  await page.getByTestId('route-0-cost').focus();
  await expect(page.getByTestId('route-error')).toContainText('must be between 0 and 1');
  await page.getByTestId('route-0-share').fill('50');
  await page.getByTestId('route-0-cost').fill('20');
  await page.getByTestId('route-0-type').focus();
  await expect(page.getByTestId('route-error')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/deploys-04-routes.png` });
  // The route is in the design: a balancer rule may name it.
  await flowNode(page, 'lb').click();
  await page.getByTestId('rule-api-routes').fill('upload');
  await page.getByTestId('rule-api-routes').press('Enter');
  await expect(page.getByTestId('rule-api-routes')).toHaveValue('upload');
});

test('stage 10’s second part: the Check’s bad canary stays without monitoring, and the solution rolls it back', async ({ page }) => {
  await page.goto('/#stage=10');
  await expect(page.getByTestId('stage-title')).toHaveText('Logs, metrics and automation');
  const rollbackGoal = page.locator('[data-testid="goal"]').filter({ hasText: 'The bad version is rolled back within 10 seconds' });
  await expect(rollbackGoal).toHaveAttribute('data-state', 'pending');

  await page.getByTestId('stage-check').click();
  await expect(page.getByTestId('stage-verdict')).toContainText('goals not met yet', { timeout: 30_000 });
  await expect(rollbackGoal).toHaveAttribute('data-state', 'failed');
  await expect(rollbackGoal).toContainText('still in service when the run ended');
  await expect(rollbackGoal.getByTestId('goal-hint')).toContainText('Auto-rollback');

  await page.getByTestId('stage-solution').click();
  await page.getByTestId('stage-check').click();
  await expect(page.getByTestId('stage-verdict')).toContainText('Passed', { timeout: 30_000 });
  await expect(rollbackGoal).toHaveAttribute('data-state', 'passed');
  await expect(rollbackGoal).toContainText('rolled back by monitoring 4 s later');
  await rollbackGoal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/deploys-04-stage10.png` });

  // The stage's classroom script plays the same bad canary: → runs to its deploy step (5 s), then
  // to 10 s, where monitoring has rolled the canary back and that server boots the old version.
  await page.getByTestId('toolbar-present').click();
  await page.getByTestId('presenter-demo').selectOption('10');
  await expect(page.getByTestId('presenter-steps')).toContainText('deploy lb (canary, bad version)');
  await expect(page.getByTestId('presenter-caption')).toContainText('Press Space');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('presenter-caption')).toContainText('Monitoring watches every node');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-clock')).toHaveText(/^t = 5\.\d s$/, { timeout: 30_000 });
  await expect(page.locator('[data-testid="presenter-steps"] li[aria-current="step"]')).toContainText('deploy lb (canary, bad version)');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-caption')).toContainText('monitoring rolled it back', { timeout: 30_000 });
  await expect(page.getByTestId('presenter-clock')).toHaveText(/^t = 10\.\d s$/);
  // The canary (web-1) is out of service while it boots the old version; the other two serve.
  await expect(page.getByTestId('node-web-1')).toHaveAttribute('data-health', 'down');
  await expect(flowNode(page, 'web-1').getByTestId('live-badge')).toHaveText(/^down · booting the old version( · |$)/);
  await expect(page.getByTestId('node-web-2')).not.toHaveAttribute('data-health', 'down');
  await page.screenshot({ path: `${SHOTS}/deploys-05-stage10-demo.png` });
});

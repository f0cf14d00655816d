import { expect, type Page } from '@playwright/test';

/**
 * Collects Content-Security-Policy violations on a page: the `securitypolicyviolation` events the
 * page sees, and the console errors Chromium prints when it refuses something.
 */
export async function watchCsp(page: Page): Promise<void> {
  const refused: string[] = [];
  (page as Page & { cspRefusals?: string[] }).cspRefusals = refused;
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to (load|execute|apply|create|connect|frame|evaluate)/i.test(msg.text())) refused.push(msg.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as Window & { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => { seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`); });
  });
}

/** Expects no violation since watchCsp, on the page or its console. */
export async function expectNoCspViolations(page: Page): Promise<void> {
  const inPage = await page.evaluate(() => (window as Window & { cspViolations?: string[] }).cspViolations ?? []).catch(() => [] as string[]);
  const inConsole = (page as Page & { cspRefusals?: string[] }).cspRefusals ?? [];
  expect([...inPage, ...inConsole], 'Content-Security-Policy violations').toEqual([]);
}

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { seedDatabase } from '../../src/db/seed.js';
import { CONSOLE_DIR } from '../../src/http/console-files.js';
import { startTestApp, type TestApp } from './test-app.js';

export { DEMO_PASSWORD } from '../../seeds/demo-accounts.seeder.js';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts.seeder.js';

/** Debian's Chromium (apt-get install chromium): the tests never download a browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// playwright-core adds --headless, --no-sandbox (chromiumSandbox: false) and a fresh temporary
// --user-data-dir to every launch; these are the rest.
const FLAGS = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface ConsoleWorld {
  app: TestApp;
  browser: Browser;
  /** http://127.0.0.1:PORT, the console's origin. */
  origin: string;
  /** Requests the pages made off the console's origin (aborted): must stay empty, the console works offline. */
  strays: string[];
  /** A page in a fresh context (its own storage), in the given language. */
  page(options?: { viewport?: { width: number; height: number }; locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

/** The real server on this file's own database with the demo data, and one Chromium for the file. */
export async function startConsoleWorld(): Promise<ConsoleWorld> {
  if (!existsSync(join(CONSOLE_DIR, 'index.html'))) throw new Error(`The console is not built in ${CONSOLE_DIR}: run npm run build:web`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const app = await startTestApp();
  await seedDatabase(app.orm);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const origin = app.url.replace(/\/graphql$/, '');
  const strays: string[] = [];
  return {
    app,
    browser,
    origin,
    strays,
    async page({ viewport = DESKTOP, locale = 'ru-RU' } = {}) {
      const context = await browser.newContext({ viewport, locale, baseURL: origin });
      await context.route(/.*/, (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
        strays.push(url);
        return route.abort();
      });
      context.setDefaultTimeout(20_000); // CI machines run several times slower than a quiet one
      return context.newPage();
    },
    async close() {
      await browser?.close();
      await app?.close();
    },
  };
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByRole('textbox', { name: /почта|пошта|email/i }).fill(email);
  await page.locator('input[type=password]').fill(password);
  await page.getByRole('button', { name: /^(Войти|Кіру|Sign in)$/ }).click();
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[]; any: { message: string }[] }[];
}

/** axe-core in the page (evaluated over the DevTools protocol, so the console's CSP stays on): no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  // A string, not a function: the test code is compiled without the DOM's types.
  const found = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)`)) as AxeViolation[];
  const violations = found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')} (${v.nodes[0]?.any[0]?.message ?? ''})`);
  expect(violations).toEqual([]);
}

/** The role's main screen, for README (docs/screenshots/), when SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  const dir = join(CONSOLE_DIR, '..', '..', 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

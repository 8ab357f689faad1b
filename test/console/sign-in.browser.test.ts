import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, PHONE, screenshot, signIn, startConsoleWorld, type ConsoleWorld } from '../support/console-browser.js';

describe('console: signing in', { timeout: 90_000 }, () => {
  let world: ConsoleWorld;
  beforeAll(async () => {
    world = await startConsoleWorld();
  });
  afterAll(() => world?.close());

  it('sends a signed-out visitor to sign in, and back to the page asked for after', async () => {
    const page = await world.page();
    await page.goto('/worker');
    await page.waitForURL(/\/sign-in\?next=%2Fworker$/);
    await page.getByRole('heading', { name: 'Вход' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByText('Обязательное поле').nth(1).waitFor();
    expect(await page.getByLabel('Электронная почта').getAttribute('aria-invalid')).toBe('true');

    await signIn(page, 'worker@shanyraq.demo', 'not-the-password');
    await page.getByRole('alert').filter({ hasText: 'Неверная почта или пароль' }).waitFor();

    await signIn(page, 'worker@shanyraq.demo');
    await page.waitForURL(/\/worker$/);
    await page.getByRole('heading', { name: 'Мой день' }).waitFor();
    await page.getByText('Дети ожидают устройства').waitFor();
    await page.getByText('Задачи просрочены').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'social-worker');
  });

  it('keeps the chosen language after a reload, and shows the API errors in it', async () => {
    const page = await world.page({ viewport: PHONE });
    await page.goto('/sign-in');
    await page.locator('label', { hasText: 'KK' }).click();
    await page.getByRole('heading', { name: 'Кіру' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Кіру' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');
    await signIn(page, 'worker@shanyraq.demo', 'not-the-password');
    await page.getByRole('alert').filter({ hasText: 'Пошта немесе құпиясөз қате' }).waitFor();
    await page.locator('label', { hasText: 'EN' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectAccessible(page);
  });

  it('returns a user whose session ended to where they were, once signed in again', async () => {
    const page = await world.page();
    await page.goto('/sign-in');
    await signIn(page, 'worker@shanyraq.demo');
    await page.waitForURL(/\/worker$/);
    // The server no longer takes the token (as after its expiry or a password reset).
    await page.evaluate(`{
      const session = JSON.parse(sessionStorage.getItem('shanyraq.session'));
      sessionStorage.setItem('shanyraq.session', JSON.stringify({ ...session, token: 'no-longer-valid' }));
    }`);
    await page.reload();
    await page.waitForURL(/\/sign-in\?next=%2Fworker$/);
    await page.getByText('Сессия завершилась').waitFor();
    await signIn(page, 'worker@shanyraq.demo');
    await page.waitForURL(/\/worker$/);
  });

  it('signs in with the keyboard alone, and skips to the content from the first Tab', async () => {
    const page = await world.page();
    await page.goto('/sign-in');
    const focused = () => page.evaluate(`document.activeElement?.getAttribute('autocomplete') ?? document.activeElement?.textContent`);
    for (let i = 0; i < 8 && (await focused()) !== 'username'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('username');
    await page.keyboard.type('worker@shanyraq.demo');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('current-password');
    await page.keyboard.type('shanyraq-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/worker$/);
    await page.getByRole('heading', { name: 'Мой день' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Перейти к содержимому');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('main');
  });

  it('shows the bundled GraphiQL at /graphql in development, which runs a query', async () => {
    const page = await world.page();
    const refused: string[] = [];
    page.on('console', (message) => message.type() === 'error' && refused.push(message.text()));
    await page.goto('/graphql');
    // The editor loads its workers after the page: run only once it shows the query, and click
    // again if the first click came before GraphiQL listened (slow machines).
    await page.locator('.graphiql-query-editor').getByText('__typename').waitFor({ timeout: 30_000 });
    const answer = page.locator('.graphiql-response').getByText('"__typename"').first();
    for (let attempt = 0; attempt < 5 && !(await answer.isVisible()); attempt++) {
      await page.locator('.graphiql-execute-button').click();
      await answer.waitFor({ timeout: 6_000 }).catch(() => undefined);
    }
    await answer.waitFor();
    expect(refused.filter((text) => text.includes('Content Security Policy'))).toEqual([]);
  });

  it('loads nothing from outside its own server', () => {
    expect(world.strays).toEqual([]);
  });
});

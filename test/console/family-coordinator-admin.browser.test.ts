import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, PHONE, screenshot, signIn, startConsoleWorld, type ConsoleWorld } from '../support/console-browser.js';

describe('console: the family, the mentor coordinator and the administrator', { timeout: 90_000 }, () => {
  let world: ConsoleWorld;
  beforeAll(async () => {
    world = await startConsoleWorld();
  });
  afterAll(() => world?.close());

  async function signedIn(email: string, home: RegExp, viewport?: { width: number; height: number }) {
    const page = await world.page({ viewport });
    await page.goto('/sign-in');
    await signIn(page, email);
    await page.waitForURL(home);
    return page;
  }

  it('lets a family on a phone propose a change to its profile, shown as waiting for review, and see its placements', async () => {
    const page = await signedIn('family@shanyraq.demo', /\/family$/, PHONE);
    await page.getByRole('heading', { name: 'Профиль семьи' }).waitFor();
    await page.getByRole('heading', { name: 'Наши устройства и их этапы' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'family');
    await page.getByRole('textbox', { name: 'Телефон' }).fill('+77015550101');
    await page.getByRole('button', { name: 'Отправить на проверку' }).click();
    await page.getByText('Ждёт проверки специалистом').waitFor();
    await page.getByText('+77015550101').first().waitFor();
    await expectAccessible(page);
  });

  it("shows the coordinator its mentors and mentorships, and a mentor's mentee candidates with each rule's reason", async () => {
    const page = await signedIn('coordinator@shanyraq.demo', /\/coordinator$/);
    await page.getByRole('heading', { name: 'Наставничества' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'mentor-coordinator');
    await page.getByRole('table').first().getByRole('link').first().click();
    await page.waitForURL(/\/coordinator\/mentors\//);
    await page.getByRole('heading', { name: /Подопечные для наставника/ }).waitFor();
    const first = page.getByRole('button', { name: /^1\. / });
    if (await first.count()) {
      await first.click();
      await page.getByRole('columnheader', { name: 'Правовое основание' }).waitFor();
    }
    await expectAccessible(page);
  });

  it('shows the administrator the users, the matching policy with its legal basis, and a searchable audit trail', async () => {
    const page = await signedIn('admin@shanyraq.demo', /\/admin$/);
    await page.getByRole('cell', { name: 'worker@shanyraq.demo' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'administrator');
    await page.getByRole('link', { name: 'Правила подбора' }).click();
    await page.getByRole('columnheader', { name: 'Правовое основание' }).waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(5);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Журнал аудита' }).click();
    await page.getByRole('textbox', { name: 'Вид записи' }).fill('User');
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.waitForURL(/entityName=User/);
    await page.getByText(/^Найдено: \d+/).waitFor();
    await expectAccessible(page);
  });

  it('loads nothing from outside its own server', () => {
    expect(world.strays).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sex } from '../../src/shared/enums.js';
import { validIin } from '../support/factories.js';
import { DEMO_PASSWORD, expectAccessible, PHONE, screenshot, signIn, startConsoleWorld, type ConsoleWorld } from '../support/console-browser.js';

interface Found {
  id: string;
  firstName: string;
  lastName: string;
  iin: string;
}

describe('console: the social worker', { timeout: 90_000 }, () => {
  let world: ConsoleWorld;
  /** An Astana child under 10 (no consent needed to advance) awaiting placement, with an eligible guardian family. */
  let child: Found;
  beforeAll(async () => {
    world = await startConsoleWorld();
    const token = await world.app.login('worker@shanyraq.demo', DEMO_PASSWORD);
    const waiting = await world.app.request<{ children: { edges: { node: Found }[] } }>(
      '{ children(first: 30, filter: { status: [AWAITING_PLACEMENT], ageMin: 3, ageMax: 9 }) { edges { node { id firstName lastName iin } } } }',
      {},
      token,
    );
    for (const { node } of waiting.data!.children.edges) {
      const candidates = await world.app.request<{ placementCandidates: unknown[] }>(
        'query($id: ID!) { placementCandidates(childId: $id, form: GUARDIANSHIP, first: 1) { eligible } }',
        { id: node.id },
        token,
      );
      if (candidates.data?.placementCandidates.length) {
        child = node;
        break;
      }
    }
    expect(child).toBeDefined();
  });
  afterAll(() => world?.close());

  async function signedIn(viewport?: { width: number; height: number }) {
    const page = await world.page({ viewport });
    await page.goto('/sign-in');
    await signIn(page, 'worker@shanyraq.demo');
    await page.waitForURL(/\/worker$/);
    return page;
  }

  it('finds a child by name and by IIN, and opens the card with its case file, siblings and timeline', async () => {
    const page = await signedIn();
    await page.getByRole('link', { name: 'Дети', exact: true }).click();
    await page.getByRole('textbox', { name: 'ФИО или ИИН' }).fill(child.lastName);
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.getByRole('link', { name: new RegExp(`${child.lastName} ${child.firstName}`) }).first().waitFor();
    await expectAccessible(page);

    await page.getByRole('textbox', { name: 'ФИО или ИИН' }).fill(child.iin);
    await page.keyboard.press('Enter');
    await page.getByText('Найдено: 1').waitFor();
    await page.getByRole('link', { name: new RegExp(`${child.lastName} ${child.firstName}`) }).click();
    await page.waitForURL(new RegExp(`/worker/children/${child.id}$`));
    await page.getByRole('heading', { name: 'Личное дело' }).waitFor();
    await page.getByText(child.iin).waitFor();
    await page.getByRole('heading', { name: 'Братья и сёстры' }).waitFor();
    await page.getByRole('cell', { name: 'Поставлен на учёт' }).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'child-card');
  });

  it('ranks the families with each rule and its legal basis, as of another date, proposes one and moves the placement a step', async () => {
    const page = await signedIn();
    await page.goto(`/worker/children/${child.id}/candidates`);
    const first = page.getByRole('button', { name: /^1\. / });
    await first.click();
    await page.getByRole('columnheader', { name: 'Правовое основание' }).first().waitFor();
    await page.getByRole('cell', { name: 'Выполнено' }).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'candidates');

    // What if: the same list as of a week ago, asked of the API with that date.
    const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    const asked = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes(`"asOf":"${weekAgo}"`));
    await page.getByLabel('На дату (что если)').fill(weekAgo);
    await asked;
    await page.waitForURL(new RegExp(`asOf=${weekAgo}`));
    await page.getByRole('button', { name: /^1\. / }).waitFor();

    // Back to today: the first family's panel is still open.
    await page.getByLabel('На дату (что если)').fill('');
    await page.waitForURL((url) => !url.search.includes('asOf'));
    await page.getByRole('button', { name: 'Предложить устройство' }).first().click();
    await page.waitForURL(/\/worker\/placements\//);
    await page.getByText('Предложено', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Начать знакомство' }).last().click();
    await page.getByRole('cell', { name: 'Знакомство' }).waitFor();
    await expectAccessible(page);
  });

  it('checks the IIN as it is typed, keeps what was typed when the API refuses it, and registers the child', async () => {
    const page = await signedIn(PHONE);
    await page.goto('/worker/children/new');
    await page.getByRole('textbox', { name: 'Фамилия' }).fill('Тестова');
    await page.getByRole('textbox', { name: 'Имя', exact: true }).fill('Айгерим');
    await page.getByLabel('Дата рождения').fill('2018-04-12');
    await page.getByLabel('Пол').first().click();
    await page.getByRole('option', { name: 'Женский' }).click();
    const iin = validIin('2018-04-12', Sex.FEMALE);
    const wrong = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    await page.getByRole('textbox', { name: 'ИИН' }).fill(wrong);
    await page.getByText('Неверная контрольная цифра ИИН').waitFor();
    await page.getByRole('textbox', { name: 'ИИН' }).fill(iin);
    expect(await page.getByText('Неверная контрольная цифра ИИН').count()).toBe(0);
    await page.getByLabel('Правовой статус').first().click();
    await page.getByRole('option', { name: 'Сирота' }).click();
    // A registration date in the future: the API refuses it on its field, and nothing typed is lost.
    await page.getByLabel('Дата постановки на учёт').fill('2099-01-01');
    await page.getByRole('button', { name: 'Поставить на учёт' }).click();
    await page.getByRole('alert').filter({ hasText: 'Проверьте введённые данные' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Фамилия' }).inputValue()).toBe('Тестова');
    await expectAccessible(page);

    await page.getByLabel('Дата постановки на учёт').fill('2026-01-15');
    await page.getByRole('button', { name: 'Поставить на учёт' }).click();
    await page.waitForURL(/\/worker\/children\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Тестова Айгерим' }).waitFor();
  });

  it("reviews a family's change request field by field, the record's value beside the proposed one", async () => {
    const page = await signedIn();
    await page.getByRole('link', { name: 'Изменения от семей' }).click();
    const count = page.getByText(/^Найдено: \d+$/);
    await count.waitFor();
    const before = Number((await count.textContent())!.replace(/\D/g, ''));
    expect(before).toBeGreaterThan(0);
    await page.getByRole('columnheader', { name: 'Предлагает семья' }).first().waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Сохранить решение' }).first().click();
    await page.getByText(`Найдено: ${before - 1}`).waitFor();
  });

  it('loads nothing from outside its own server', () => {
    expect(world.strays).toEqual([]);
  });
});

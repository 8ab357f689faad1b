import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, PHONE, screenshot, signIn, startConsoleWorld, type ConsoleWorld } from '../support/console-browser.js';

type Data = Record<string, any>;

/** A name as a pattern: demo names hold brackets. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('console: the supervisor, and transfers between workers', { timeout: 90_000 }, () => {
  let world: ConsoleWorld;
  const tokens: Record<string, string> = {};
  const ask = async (who: string, query: string, variables: Data = {}) => {
    const result = await world.app.request<Data>(query, variables, tokens[who]);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    world = await startConsoleWorld();
    for (const who of ['worker', 'supervisor']) tokens[who] = await world.app.login(`${who}@shanyraq.demo`, DEMO_PASSWORD);
  });
  afterAll(() => world?.close());

  async function signedIn(email: string, home: RegExp, options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<Page> {
    const page = await world.page(options);
    await page.goto('/sign-in');
    await signIn(page, email);
    await page.waitForURL(home);
    return page;
  }

  it("draws the region's figures as charts, the same numbers as a table for screen readers, for the period chosen", async () => {
    const page = await signedIn('supervisor@shanyraq.demo', /\/supervisor$/);
    await page.getByRole('heading', { name: 'Показатели региона' }).waitFor();
    const byMonth = page.getByRole('table', { name: 'Устройства по месяцам' });
    await byMonth.waitFor({ state: 'attached' });
    expect(await page.locator('.recharts-wrapper').count()).toBe(3);
    expect(await byMonth.locator('tbody tr').count()).toBe(12);

    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 11, 1)).toISOString().slice(0, 10);
    const { regionFigures } = await ask('supervisor', 'query($from: LocalDate!, $to: LocalDate!) { regionFigures(regionCode: "ASTANA", from: $from, to: $to) { childrenInDataBank waitingByAge { count } } }', { from, to: today });
    const inDataBank = page.getByText('Детей в банке данных').locator('..');
    await expect.poll(() => inDataBank.textContent()).toContain(new Intl.NumberFormat('ru-KZ').format(regionFigures.childrenInDataBank));
    const byAge = page.getByRole('table', { name: 'Дети, ожидающие семью, по возрасту' });
    const ageCounts = await byAge.locator('tbody td').allTextContents();
    expect(ageCounts.map((text) => Number(text.replace(/\D/g, '')))).toEqual(regionFigures.waitingByAge.map((band: { count: number }) => band.count));
    await expectAccessible(page);
    await screenshot(page, 'supervisor');

    await page.getByText('24 мес.').click();
    await expect.poll(() => byMonth.locator('tbody tr').count()).toBe(24);
  });

  it('lists every worker of the region with its cases and overdue items, on a phone, through the menu', async () => {
    const page = await signedIn('supervisor@shanyraq.demo', /\/supervisor$/, { viewport: PHONE });
    await page.getByRole('button', { name: 'Разделы' }).click();
    await page.getByRole('link', { name: 'Нагрузка специалистов' }).click();
    const { caseloads } = await ask('supervisor', '{ caseloads(regionCode: "ASTANA") { worker { displayName } openChildren overdueTasks } }');
    const worker = caseloads.find((caseload: Data) => caseload.worker.displayName.startsWith('Социальный работник, Астана'));
    const row = page.getByRole('row', { name: new RegExp(literally(worker.worker.displayName)) });
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(Number(cells[0]!.replace(/\D/g, ''))).toBe(worker.openChildren);
    expect(Number(cells[7]!.replace(/\D/g, ''))).toBe(worker.overdueTasks);
    expect(await page.getByRole('row').count()).toBe(caseloads.length + 1);
    // The page itself does not scroll sideways on a phone: only the table's own box does.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await screenshot(page, 'supervisor-caseloads');
  });

  it('approves a placement waiting for it, by keyboard; a wrong decision is refused by its code, in Kazakh, nothing lost', async () => {
    // A guest family's introduction waits for approval (the form has no trial); a child under 10 needs no consent first.
    const { placements } = await ask('supervisor', '{ placements(first: 50, filter: { status: [INTRODUCTION], form: [GUEST_FAMILY] }) { edges { node { id child { firstName lastName age } } } } }');
    const placement = placements.edges.map((edge: Data) => edge.node).find((node: Data) => node.child.age < 10);
    expect(placement).toBeDefined();
    const page = await signedIn('supervisor@shanyraq.demo', /\/supervisor$/, { locale: 'kk-KZ' });
    await page.getByRole('link', { name: 'Мақұлдауды күтуде' }).click();
    const card = page.getByRole('form', { name: new RegExp(`^${placement.child.lastName} ${placement.child.firstName}`) });
    await card.waitFor();
    await expectAccessible(page);

    // A guest family is founded on the guardianship body's act: a court decision is refused on its field.
    await card.getByLabel('Шешім түрі').click();
    await page.getByRole('option', { name: 'Сот шешімі' }).click();
    await card.getByLabel('Шешім күні').fill('2026-11-20');
    await card.getByLabel('Шешім нөмірі').focus();
    await page.keyboard.type('ДЕМО-17');
    await page.keyboard.press('Enter');
    await card.getByRole('alert').filter({ hasText: 'Енгізілген деректерді тексеріңіз.' }).waitFor();
    expect(await card.getByLabel('Шешім нөмірі').inputValue()).toBe('ДЕМО-17');

    await card.getByLabel('Шешім түрі').click();
    await page.getByRole('option', { name: 'Қорғаншылық органының актісі' }).click();
    await card.getByRole('button', { name: 'Мақұлдау' }).press('Enter');
    await page.getByText(`Мақұлданды: ${placement.child.lastName} ${placement.child.firstName}`).waitFor();
    const { placement: approved } = await ask('supervisor', 'query($id: ID!) { placement(id: $id) { status decisionKind decisionReference transitions { to actorName } } }', { id: placement.id });
    expect(approved).toMatchObject({ status: 'APPROVED', decisionKind: 'GUARDIANSHIP_AUTHORITY_ACT', decisionReference: 'ДЕМО-17' });
    expect(approved.transitions.at(-1)).toEqual({ to: 'APPROVED', actorName: 'Руководитель отдела опеки, Астана (демо)' });
    await card.waitFor({ state: 'detached' });
  });

  it('lets a worker decline a transfer with a reason, and hand a child to a colleague, who accepts it', async () => {
    const worker = await signedIn('worker@shanyraq.demo', /\/worker$/);
    await worker.getByRole('link', { name: 'Передача дел' }).click();
    // The Almaty child waiting for this Astana worker: the request shows, the child does not yet.
    const waiting = worker.getByRole('form', { name: 'Ребёнок: не показывается вам до принятия' });
    await waiting.getByText('Семья ребёнка переехала в Астану (демо)').waitFor();
    await expectAccessible(worker);
    await waiting.getByRole('button', { name: 'Отклонить' }).click();
    await waiting.getByLabel('Причина отказа').fill('Ребёнок остаётся в Алматы (тест)');
    await waiting.getByRole('button', { name: 'Отклонить с этой причиной' }).click();
    await worker.getByText('Передач, ожидающих вашего ответа, нет.').waitFor();
    const { declined } = await ask('worker', '{ declined: transfers(first: 5, filter: { toWorker: "ME", status: [DECLINED] }) { edges { node { declineReason } } } }');
    expect(declined.edges.map((edge: Data) => edge.node.declineReason)).toEqual(['Ребёнок остаётся в Алматы (тест)']);

    const { children } = await ask('worker', '{ children(first: 1, filter: { assignedTo: "ME", status: [AWAITING_PLACEMENT] }) { edges { node { id firstName lastName middleName } } } }');
    const child = children.edges[0].node;
    const name = [child.lastName, child.firstName, child.middleName].filter(Boolean).join(' ');
    await worker.getByRole('combobox', { name: 'Дело', exact: true }).fill(child.lastName);
    await worker.getByRole('option', { name: new RegExp(`^${name},`) }).click();
    await worker.getByRole('combobox', { name: 'Кому', exact: true }).click();
    await worker.getByRole('option', { name: /^Руководитель отдела опеки, Астана \(демо\)/ }).click();
    await worker.getByRole('textbox', { name: 'Примечание', exact: true }).fill('На время отпуска (тест)');
    await worker.getByRole('button', { name: 'Передать', exact: true }).click();
    await worker.getByRole('status').filter({ hasText: 'Запрос отправлен: Руководитель отдела опеки, Астана (демо)' }).waitFor();
    await worker.getByRole('row', { name: new RegExp(`${name}.*Ждёт ответа`) }).waitFor();
    await screenshot(worker, 'transfers');

    const supervisor = await signedIn('supervisor@shanyraq.demo', /\/supervisor$/, { viewport: PHONE });
    await supervisor.goto('/supervisor/transfers');
    const sent = supervisor.getByRole('form', { name: `Ребёнок: ${name}` });
    await sent.getByText('На время отпуска (тест)').waitFor();
    await expectAccessible(supervisor);
    await sent.getByRole('button', { name: 'Принять' }).click();
    await sent.waitFor({ state: 'detached' });
    const { child: accepted } = await ask('worker', 'query($id: ID!) { child(id: $id) { assignedWorker { displayName } } }', { id: child.id });
    expect(accepted.assignedWorker.displayName).toBe('Руководитель отдела опеки, Астана (демо)');
    await worker.reload();
    await worker.getByRole('row', { name: new RegExp(`${name}.*Принята`) }).waitFor();
  });

  it('loads nothing from outside its own server', () => {
    expect(world.strays).toEqual([]);
  });
});

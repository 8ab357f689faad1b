import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { CaseTransfer } from '../src/modules/casework/case-transfer.entity.js';
import { Child } from '../src/modules/children/child.entity.js';
import { Family } from '../src/modules/families/family.entity.js';
import { hashPassword } from '../src/modules/identity/password.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Mentor } from '../src/modules/mentors/mentor.entity.js';
import { Role } from '../src/shared/enums.js';
import { DEMO_PASSWORD } from './demo-accounts.seeder.js';
import { Prng } from './prng.js';
import { DEFAULT_SEED_DATE } from './population.seeder.js';
import { REGIONS } from './region.seeder.js';

/** The demo supervisor of every region but Astana's, which is a demo account of its own: `supervisor.<region>@shanyraq.demo`. */
export const supervisorEmail = (regionCode: string) => `supervisor.${regionCode.toLowerCase().replace(/_/g, '-')}@shanyraq.demo`;

/**
 * Casework in the demo data (needs the population and the demo accounts): a supervisor in every
 * region; Astana's children and families owned by the demo worker, Almaty's by the Almaty worker,
 * Astana's mentors by the demo coordinator (other regions' cases wait unassigned for their
 * supervisor to hand out); and transfers waiting for an answer, one across a border.
 */
export class CaseworkSeeder extends Seeder {
  constructor(private readonly options: { today?: string } = {}) {
    super();
  }

  async run(em: EntityManager): Promise<void> {
    const today = this.options.today ?? DEFAULT_SEED_DATE;
    const createdAt = new Date(`${today}T04:00:00Z`);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const region of REGIONS.filter((region) => region.code !== 'ASTANA')) {
      const email = supervisorEmail(region.code);
      if (await em.count(User, { email })) continue;
      em.create(User, {
        id: Prng.forStage(`demo-account:${email}`).uuid(createdAt), createdAt, updatedAt: createdAt, email, passwordHash, role: Role.SUPERVISOR, region: region.code,
        displayName: `Руководитель отдела опеки, ${region.nameRu} (демо)`, disabled: false,
      });
    }
    await em.flush();

    const account = (email: string) => em.findOneOrFail(User, { email });
    const [worker, almatyWorker, coordinator, supervisor] = await Promise.all(
      ['worker@shanyraq.demo', 'worker.almaty@shanyraq.demo', 'coordinator@shanyraq.demo', 'supervisor@shanyraq.demo'].map(account),
    );
    await em.nativeUpdate(Child, { region: 'ASTANA' }, { assignedWorker: worker!.id });
    await em.nativeUpdate(Family, { region: 'ASTANA' }, { assignedWorker: worker!.id });
    await em.nativeUpdate(Child, { region: 'ALMATY' }, { assignedWorker: almatyWorker!.id });
    await em.nativeUpdate(Family, { region: 'ALMATY' }, { assignedWorker: almatyWorker!.id });
    await em.nativeUpdate(Mentor, { region: 'ASTANA' }, { assignedWorker: coordinator!.id });

    const first = <T extends object>(entity: new () => T, region: string) => em.findOneOrFail(entity, { region } as never, { orderBy: { id: 'asc' } as never });
    const pending: [Record<string, string>, User, User, string][] = [
      [{ child: (await first(Child, 'ALMATY')).id }, almatyWorker!, worker!, 'Семья ребёнка переехала в Астану (демо)'],
      [{ family: (await first(Family, 'ASTANA')).id }, worker!, supervisor!, 'Передаю на время отпуска (демо)'],
      [{ mentor: (await first(Mentor, 'ASTANA')).id }, coordinator!, supervisor!, 'Наставник просит другого координатора (демо)'],
    ];
    for (const [record, from, to, note] of pending) {
      em.create(CaseTransfer, { ...record, fromWorker: from.id, toWorker: to.id, requestedBy: from.id, fromRegion: from.region!.code, toRegion: to.region!.code, note, createdAt, updatedAt: createdAt });
    }
    await em.flush();
  }
}

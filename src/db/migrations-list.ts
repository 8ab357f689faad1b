import { Migration20261122224713 } from '../../migrations/Migration20261122224713.js';
import { Migration20261122233000 } from '../../migrations/Migration20261122233000.js';
import { Migration20261123000000 } from '../../migrations/Migration20261123000000.js';
import { Migration20261123000100 } from '../../migrations/Migration20261123000100.js';
import { Migration20261123000200 } from '../../migrations/Migration20261123000200.js';
import { Migration20261123000300 } from '../../migrations/Migration20261123000300.js';
import { Migration20261203000100 } from '../../migrations/Migration20261203000100.js';
import { Migration20261203000110 } from '../../migrations/Migration20261203000110.js';
import { Migration20261203000300 } from '../../migrations/Migration20261203000300.js';
import { Migration20261203002000 } from '../../migrations/Migration20261203002000.js';
import { Migration20261203003000 } from '../../migrations/Migration20261203003000.js';

import { Migration20261203004000 } from '../../migrations/Migration20261203004000.js';
import { Migration20261203004010 } from '../../migrations/Migration20261203004010.js';
import { Migration20261203004020 } from '../../migrations/Migration20261203004020.js';
import { Migration20261203005000 } from '../../migrations/Migration20261203005000.js';
import { Migration20261203006000 } from '../../migrations/Migration20261203006000.js';
import { Migration20261203007000 } from '../../migrations/Migration20261203007000.js';
import { Migration20261203100000 } from '../../migrations/Migration20261203100000.js';
import { Migration20261203110000 } from '../../migrations/Migration20261203110000.js';
import { Migration20261203130000 } from '../../migrations/Migration20261203130000.js';
import { Migration20261203131000 } from '../../migrations/Migration20261203131000.js';
import { Migration20261203120000 } from '../../migrations/Migration20261203120000.js';
/** Every migration, in order. Imported rather than discovered so tests and the build run the same code. */
export const migrationsList = [
  { name: 'Migration20261122224713', class: Migration20261122224713 },
  { name: 'Migration20261122233000', class: Migration20261122233000 },
  { name: 'Migration20261123000000', class: Migration20261123000000 },
  { name: 'Migration20261123000100', class: Migration20261123000100 },
  { name: 'Migration20261123000200', class: Migration20261123000200 },
  { name: 'Migration20261123000300', class: Migration20261123000300 },
  { name: 'Migration20261203000100', class: Migration20261203000100 },
  { name: 'Migration20261203000110', class: Migration20261203000110 },
  { name: 'Migration20261203000300', class: Migration20261203000300 },
  { name: 'Migration20261203002000', class: Migration20261203002000 },
  { name: 'Migration20261203003000', class: Migration20261203003000 },
  { name: 'Migration20261203004000', class: Migration20261203004000 },
  { name: 'Migration20261203004010', class: Migration20261203004010 },
  { name: 'Migration20261203004020', class: Migration20261203004020 },
  { name: 'Migration20261203005000', class: Migration20261203005000 },
  { name: 'Migration20261203006000', class: Migration20261203006000 },
  { name: 'Migration20261203007000', class: Migration20261203007000 },
  { name: 'Migration20261203100000', class: Migration20261203100000 },
  { name: 'Migration20261203110000', class: Migration20261203110000 },
  { name: 'Migration20261203120000', class: Migration20261203120000 },
  { name: 'Migration20261203130000', class: Migration20261203130000 },
  { name: 'Migration20261203131000', class: Migration20261203131000 },
];

import type { Scenario } from '../scenario';
import { blockingScenarios } from './blocking';
import { createScenarios } from './create';
import { errorScenarios } from './errors';
import { lifecycleScenarios } from './lifecycle';
import { listScenarios } from './lists';
import { sessionScenarios } from './sessions';
import { updateScenarios } from './updates';

/** Every scenario, in table order. */
export const scenarios: Scenario[] = [
  ...createScenarios,
  ...updateScenarios,
  ...sessionScenarios,
  ...errorScenarios,
  ...listScenarios,
  ...blockingScenarios,
  ...lifecycleScenarios,
];

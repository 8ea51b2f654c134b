import type { Scenario } from '../scenario';
import { blockingScenarios } from './blocking';
import { createScenarios } from './create';
import { errorScenarios } from './errors';
import { lifecycleScenarios } from './lifecycle';
import { listScenarios } from './lists';
import { sessionScenarios } from './sessions';
import { updateScenarios } from './updates';
import { wireConversationScenarios } from './wire/conversation';
import { wireDeactivatedScenarios } from './wire/deactivated';
import { wireDocumentedScenarios } from './wire/documented';
import { wireListScenarios } from './wire/lists';
import { wireMeScenarios } from './wire/me';
import { wireRuleScenarios } from './wire/rules';
import { wireTagScenarios } from './wire/tags';

/** Every scenario, in table order. */
export const scenarios: Scenario[] = [
  ...createScenarios,
  ...updateScenarios,
  ...sessionScenarios,
  ...errorScenarios,
  ...listScenarios,
  ...blockingScenarios,
  ...lifecycleScenarios,
  ...wireRuleScenarios,
  ...wireMeScenarios,
  ...wireListScenarios,
  ...wireDocumentedScenarios,
  ...wireConversationScenarios,
  ...wireTagScenarios,
  ...wireDeactivatedScenarios,
];

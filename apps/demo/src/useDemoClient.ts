import { useProfileKit } from '@profilekit/react';
import type { DemoClient } from './demoClient';

/** The provider's client as the demo made it: CometChat plus the demo backend's routes. */
export function useDemoClient(): DemoClient {
  return useProfileKit().client as DemoClient;
}

import { createContext, useContext } from 'react';
import { type DemoMessages, english } from './english';

/** The demo's own words in the chosen language (main.tsx provides them beside the kit's locale). */
export const DemoMessagesContext = createContext<DemoMessages>(english);

/**
 * The demo's own strings in the language chosen in the header.
 *
 * @example
 * ```tsx
 * const t = useDemoMessages();
 * <h1>{t.yourProfile}</h1>
 * ```
 */
export function useDemoMessages(): DemoMessages {
  return useContext(DemoMessagesContext);
}

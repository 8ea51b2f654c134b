import { createContext } from 'react';

/** `true` inside an unstyled kit root: parts drop profilekit's `pk-*` classes. */
export const UnstyledContext = createContext(false);

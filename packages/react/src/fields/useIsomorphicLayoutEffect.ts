import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` on the server: neither runs during server rendering,
 * but React 18 warns ("useLayoutEffect does nothing on the server") for every layout effect it meets.
 */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

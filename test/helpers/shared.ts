import { inject } from 'vitest';
import type { SharedResources } from '../support/shared.js';

const asked = new Map<string, Promise<unknown>>();

/** A resource the test files of this run share (test/support/shared.ts), made on first request. */
export function sharedResource<K extends keyof SharedResources>(name: K): Promise<SharedResources[K]> {
  if (!asked.has(name)) {
    asked.set(
      name,
      (async () => {
        const res = await fetch(`${inject('sharedResources')}/${name}`);
        const body = (await res.json()) as SharedResources[K] & { error?: string };
        if (!res.ok) throw new Error(`shared test resource ${body.error ?? res.status}`);
        return body;
      })(),
    );
  }
  return asked.get(name) as Promise<SharedResources[K]>;
}

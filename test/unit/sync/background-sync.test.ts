import { describe, expect, it } from 'vitest';
import { BACKGROUND_SYNC_TAG, handleSyncEvent, requestBackgroundSync } from '../../../src/sync/background-sync.ts';

describe('background sync', () => {
  it('registers the tz-sync tag where the browser has Background Sync', async () => {
    const tags: string[] = [];
    const registration = { sync: { register: async (tag: string) => void tags.push(tag) } } as unknown as ServiceWorkerRegistration;
    expect(await requestBackgroundSync(registration)).toBe(true);
    expect(tags).toEqual(['tz-sync']);
    expect(BACKGROUND_SYNC_TAG).toBe('tz-sync');
  });

  it('says no where it is missing (iOS) or refused, so the next open syncs', async () => {
    expect(await requestBackgroundSync({} as ServiceWorkerRegistration)).toBe(false);
    expect(await requestBackgroundSync(undefined)).toBe(false);
    const refusing = { sync: { register: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } } as unknown as ServiceWorkerRegistration;
    expect(await requestBackgroundSync(refusing)).toBe(false);
  });

  it("leaves other tags' sync events alone", () => {
    const waited: unknown[] = [];
    handleSyncEvent({ tag: 'someone-else', waitUntil: (promise) => waited.push(promise) });
    expect(waited).toEqual([]);
  });
});

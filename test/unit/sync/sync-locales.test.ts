import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/sync.json';
import sl from '../../../locales/sl/sync.json';
import { errorCodes, mutationRejectCodes } from '../../../src/domain/protocol.ts';
import { storeErrorCodes } from '../../../src/store/errors.ts';
import { NOT_KEPT_CODE } from '../../../src/sync/verify-duplicates.ts';

// Slovenian has four plural forms; English two (i18next suffixes).
function baseKeys(tree: object, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = `${prefix}${key.replace(/_(one|two|few|other)$/, '')}`;
    if (value && typeof value === 'object') for (const inner of baseKeys(value, `${name}.`)) keys.add(inner);
    else keys.add(name);
  }
  return keys;
}

describe('sync texts', () => {
  it('has a sentence for every reason a sync can stop, in English and Slovenian', () => {
    const codes = [...errorCodes, ...storeErrorCodes, 'network', 'timeout', 'bad_response'];
    for (const texts of [en, sl]) for (const code of codes) expect(texts.reasons, code).toHaveProperty(code);
  });

  it('explains every way the endpoint can refuse one change', () => {
    for (const texts of [en, sl]) for (const code of [...mutationRejectCodes, NOT_KEPT_CODE]) expect(texts.rejectedReasons, code).toHaveProperty(code);
  });

  it('has the same keys in both languages, with all Slovenian plural forms', () => {
    expect([...baseKeys(sl)].toSorted()).toEqual([...baseKeys(en)].toSorted());
    for (const key of ['pending', 'rejected']) for (const form of ['one', 'two', 'few', 'other']) expect(sl).toHaveProperty(`${key}_${form}`);
    for (const form of ['one', 'two', 'few', 'other']) expect(sl.errors).toHaveProperty(`changes_waiting_${form}`);
  });
});

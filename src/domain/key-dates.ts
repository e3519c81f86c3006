// The dates people enter on a checklist, from which due dates are computed.
// Language-neutral ids; labels live in locales/<lang>/deadlines.json under `keyDate.<id>`.
// A new id needs an app update (label + field schema), which is why templates may only
// refer to the ids listed here.
import { z } from 'zod';

export const keyDateIds = [
  'intentionExpressedOn', // intention to apply for international protection expressed
  'applicationLodgedOn', // application for international protection lodged
  'decisionServedOn', // decision served (in hand, or collected after a delivery notice)
  'deliveryNoticeLeftOn', // delivery notice left, document not collected (ZUP Art. 87(4))
  'detentionOrderServedOn', // order restricting movement / detention notified
  'obstacleEndedOn', // the obstacle that made someone miss a deadline ended
  'statusGrantedOn', // international protection granted (decision served)
  'integrationAgreementSignedOn',
  'protectionExpiresOn', // last day of subsidiary protection
  'permitExpiresOn', // last day of validity of a residence permit
  'residenceStartedOn', // start of continuous lawful residence (towards permanent residence)
  'movedInOn', // moved in at an address (ZPPreb-1)
  'registrationExpiresOn', // last day of a temporary address registration
  'movedOutOn',
] as const;

export const keyDateIdSchema = z.enum(keyDateIds);
export type KeyDateId = z.infer<typeof keyDateIdSchema>;

export function isKeyDateId(value: string): value is KeyDateId {
  return (keyDateIds as readonly string[]).includes(value);
}

// The "viewing packet": what a volunteer reads in the stairwell before ringing, offline
// and in the UI language. Pure data; the screen translates the keys and formats times.
//
// The checklist is content that changes with the law, so it is data with a version, a
// date and, for every item, its legal basis and the confidence DOMAIN-SI.md gives it
// (sections "Housing viewings: what to check" and "Aliens Act (ZTuj-2) and residence
// registration"). Items that are the team's practice rather than a legal rule say so
// (`legalBasis: null`) and need no "verify" badge.
import { viewingEndMs, viewingStartMs } from './agenda.ts';
import { endTimeAfter, telUri, type ViewingFields } from './viewing.ts';

/** DOMAIN-SI.md's confidence marks: high, medium-high, medium, low. */
export type PacketConfidence = 'H' | 'M-H' | 'M' | 'L';

export interface PacketItemDefinition {
  id: string;
  /** Something to take along, or something to check or note during the viewing. */
  group: 'bring' | 'check';
  /** i18n keys in the `viewings` namespace. */
  titleKey: string;
  detailKey: string;
  /** Act (as DOMAIN-SI.md cites it), or null for the team's practice. */
  legalBasis: string | null;
  confidence: PacketConfidence | null;
}

export const viewingPacketContent = {
  id: 'viewing-packet',
  version: 1,
  /** When the items were last compared with DOMAIN-SI.md. */
  contentCheckedOn: '2026-11-21',
  source: 'DOMAIN-SI.md: Housing viewings: what to check; Aliens Act (ZTuj-2) and residence registration',
  items: [
    {
      // ZPPreb-1: proof of the right to register is ownership, a lease or sublease, or the
      // owner's written consent, which needs no notary. (H)
      id: 'consentForm',
      group: 'bring',
      titleKey: 'viewings:packet.items.consentForm.title',
      detailKey: 'viewings:packet.items.consentForm.detail',
      legalBasis: 'ZPPreb-1',
      confidence: 'H',
    },
    {
      // ZPPreb-1: register within 8 days of moving in; a registered address comes before
      // an application for social assistance. The landlord's written agreement: (M-H).
      id: 'registrationConsent',
      group: 'check',
      titleKey: 'viewings:packet.items.registrationConsent.title',
      detailKey: 'viewings:packet.items.registrationConsent.detail',
      legalBasis: 'ZPPreb-1',
      confidence: 'M-H',
    },
    {
      // ZMZ-1: the allowance for private accommodation can be paid to the landlord with
      // both parties' consent. (H)
      id: 'allowanceToLandlord',
      group: 'check',
      titleKey: 'viewings:packet.items.allowanceToLandlord.title',
      detailKey: 'viewings:packet.items.allowanceToLandlord.detail',
      legalBasis: 'ZMZ-1',
      confidence: 'H',
    },
    {
      // For the advocacy record: landlords ask refugees extra money "because they can".
      id: 'costs',
      group: 'check',
      titleKey: 'viewings:packet.items.costs.title',
      detailKey: 'viewings:packet.items.costs.detail',
      legalBasis: null,
      confidence: null,
    },
    {
      id: 'discrimination',
      group: 'check',
      titleKey: 'viewings:packet.items.discrimination.title',
      detailKey: 'viewings:packet.items.discrimination.detail',
      legalBasis: null,
      confidence: null,
    },
    {
      id: 'attendees',
      group: 'check',
      titleKey: 'viewings:packet.items.attendees.title',
      detailKey: 'viewings:packet.items.attendees.detail',
      legalBasis: null,
      confidence: null,
    },
  ] satisfies PacketItemDefinition[],
} as const;

/** `info`: something to tell or remember, with nothing to tick off. */
export type PacketItemState = 'done' | 'open' | 'problem' | 'info';

export interface PacketItem extends PacketItemDefinition {
  /** From what the viewing record already holds. */
  state: PacketItemState;
  /** Show a "verify" badge: anything DOMAIN-SI.md does not rate high (H). */
  verify: boolean;
}

export interface ViewingPacket {
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  startMs: number | null;
  endMs: number | null;
  address: string | null;
  /** Open in the phone's map app, or on openstreetmap.org; nothing loads until tapped. */
  mapLinks: MapLinks | null;
  landlord: { name: string | null; phone: string | null; tel: string | null } | null;
  listingUrl: string | null;
  costs: {
    rentMonthlyCents: number | null;
    depositCents: number | null;
    utilitiesEstimateCents: number | null;
    agencyFeeCents: number | null;
  };
  attendees: string[];
  interpreterLanguage: string | null;
  checklist: { bring: PacketItem[]; check: PacketItem[] };
  content: { id: string; version: number; contentCheckedOn: string; source: string };
}

/** The packet for one viewing. */
export function viewingPacket(fields: ViewingFields): ViewingPacket {
  const items: PacketItem[] = viewingPacketContent.items.map((item) => ({
    ...item,
    state: itemState(item.id, fields),
    verify: item.confidence !== null && item.confidence !== 'H',
  }));
  const { id, version, contentCheckedOn, source } = viewingPacketContent;
  return {
    date: fields.date ?? null,
    startTime: fields.startTime ?? null,
    endTime: fields.startTime && fields.durationMinutes ? endTimeAfter(fields.startTime, fields.durationMinutes) : null,
    startMs: viewingStartMs(fields),
    endMs: viewingEndMs(fields),
    address: fields.address ?? null,
    mapLinks: fields.address ? mapLinks(fields.address) : null,
    landlord:
      fields.landlordName || fields.landlordPhone
        ? { name: fields.landlordName ?? null, phone: fields.landlordPhone ?? null, tel: telUri(fields.landlordPhone) }
        : null,
    listingUrl: fields.listingUrl ?? null,
    costs: {
      rentMonthlyCents: fields.rentMonthlyCents ?? null,
      depositCents: fields.depositCents ?? null,
      utilitiesEstimateCents: fields.utilitiesEstimateCents ?? null,
      agencyFeeCents: fields.agencyFeeCents ?? null,
    },
    attendees: [...(fields.attendees ?? [])],
    interpreterLanguage: fields.interpreterLanguage ?? null,
    checklist: {
      bring: items.filter((item) => item.group === 'bring'),
      check: items.filter((item) => item.group === 'check'),
    },
    content: { id, version, contentCheckedOn, source },
  };
}

function itemState(id: string, fields: ViewingFields): PacketItemState {
  switch (id) {
    case 'consentForm':
    case 'registrationConsent':
      // A landlord who refuses registration blocks registration and social assistance.
      return fields.registrationConsent === 'yes' ? 'done' : fields.registrationConsent === 'no' ? 'problem' : 'open';
    case 'costs': {
      const costs = [fields.rentMonthlyCents, fields.depositCents, fields.utilitiesEstimateCents, fields.agencyFeeCents];
      return costs.every((cents) => typeof cents === 'number') ? 'done' : 'open';
    }
    case 'discrimination':
      if (!fields.discrimination) return 'open';
      return fields.discrimination.includes('none') ? 'done' : 'problem';
    case 'attendees':
      return fields.attendees && fields.attendees.length > 0 ? 'done' : 'open';
    case 'allowanceToLandlord':
      return 'info';
    default:
      return 'open';
  }
}

export interface MapLinks {
  /** `geo:` URI with a query (RFC 5870; the `q` parameter is what Android and iOS map apps read). */
  geo: string;
  /** OpenStreetMap's search, in the browser. */
  openStreetMap: string;
}

export function mapLinks(address: string): MapLinks {
  const query = encodeURIComponent(address.trim());
  return {
    geo: `geo:0,0?q=${query}`,
    openStreetMap: `https://www.openstreetmap.org/search?query=${query}`,
  };
}

import { describe, expect, it } from 'vitest';
import { mapLinks, viewingPacket, viewingPacketContent } from '../../../src/domain/viewing-packet.ts';
import type { ViewingFields } from '../../../src/domain/viewing.ts';

// A fictional viewing: the landlord and the address do not exist.
const viewing: ViewingFields = {
  date: '2026-11-25',
  startTime: '17:30',
  durationMinutes: 45,
  address: 'Cesta Izmišljenih 7, 1000 Ljubljana',
  landlordName: 'Nepremičnine Primer d.o.o.',
  landlordPhone: '+38641123456',
  listingUrl: 'https://www.example.si/oglas/123',
  rentMonthlyCents: 45050,
  depositCents: 90000,
  attendees: ['u_vesna'],
  interpreterLanguage: 'Arabic',
  status: 'planned',
};

const stateOf = (fields: ViewingFields, id: string) =>
  [...viewingPacket(fields).checklist.bring, ...viewingPacket(fields).checklist.check].find((item) => item.id === id)?.state;

describe('the viewing packet', () => {
  it('gathers time, place and contacts for the stairwell', () => {
    const packet = viewingPacket(viewing);
    expect(packet).toMatchObject({
      date: '2026-11-25',
      startTime: '17:30',
      endTime: '18:15',
      startMs: Date.parse('2026-11-25T16:30:00Z'),
      endMs: Date.parse('2026-11-25T17:15:00Z'),
      address: 'Cesta Izmišljenih 7, 1000 Ljubljana',
      landlord: { name: 'Nepremičnine Primer d.o.o.', phone: '+38641123456', tel: 'tel:+38641123456' },
      listingUrl: 'https://www.example.si/oglas/123',
      costs: { rentMonthlyCents: 45050, depositCents: 90000, utilitiesEstimateCents: null, agencyFeeCents: null },
      attendees: ['u_vesna'],
      interpreterLanguage: 'Arabic',
    });
    expect(packet.mapLinks?.geo).toBe('geo:0,0?q=Cesta%20Izmi%C5%A1ljenih%207%2C%201000%20Ljubljana');
  });

  it('links to maps only by address, loading nothing until tapped', () => {
    expect(mapLinks(' Trg 5 & 6, Koper ')).toEqual({
      geo: 'geo:0,0?q=Trg%205%20%26%206%2C%20Koper',
      openStreetMap: 'https://www.openstreetmap.org/search?query=Trg%205%20%26%206%2C%20Koper',
    });
    expect(viewingPacket({ date: '2026-11-25' }).mapLinks).toBeNull();
    expect(viewingPacket({ date: '2026-11-25' }).landlord).toBeNull();
  });

  it('lists what to bring and what to check, each with its legal basis and confidence from DOMAIN-SI.md', () => {
    const packet = viewingPacket(viewing);
    expect(packet.checklist.bring.map((item) => item.id)).toEqual(['consentForm']);
    expect(packet.checklist.check.map((item) => [item.id, item.legalBasis, item.confidence, item.verify])).toEqual([
      ['registrationConsent', 'ZPPreb-1', 'M-H', true],
      ['allowanceToLandlord', 'ZMZ-1', 'H', false],
      ['costs', null, null, false],
      ['discrimination', null, null, false],
      ['attendees', null, null, false],
    ]);
    expect(packet.checklist.bring[0]).toMatchObject({ legalBasis: 'ZPPreb-1', confidence: 'H', verify: false });
    expect(packet.content).toEqual({
      id: 'viewing-packet',
      version: 1,
      contentCheckedOn: '2026-11-21',
      source: viewingPacketContent.source,
    });
  });

  it('ticks off what the record already shows, and flags problems', () => {
    expect(stateOf(viewing, 'registrationConsent')).toBe('open');
    expect(stateOf({ ...viewing, registrationConsent: 'yes' }, 'registrationConsent')).toBe('done');
    expect(stateOf({ ...viewing, registrationConsent: 'yes' }, 'consentForm')).toBe('done');
    expect(stateOf({ ...viewing, registrationConsent: 'no' }, 'registrationConsent')).toBe('problem');
    expect(stateOf(viewing, 'costs')).toBe('open');
    expect(stateOf({ ...viewing, utilitiesEstimateCents: 8000, agencyFeeCents: 0 }, 'costs')).toBe('done');
    expect(stateOf(viewing, 'discrimination')).toBe('open');
    expect(stateOf({ ...viewing, discrimination: ['none'] }, 'discrimination')).toBe('done');
    expect(stateOf({ ...viewing, discrimination: ['extra_money_demanded'] }, 'discrimination')).toBe('problem');
    expect(stateOf(viewing, 'attendees')).toBe('done');
    expect(stateOf({ ...viewing, attendees: null }, 'attendees')).toBe('open');
    expect(stateOf(viewing, 'allowanceToLandlord')).toBe('info');
  });

  it('reads a viewing with almost nothing in it', () => {
    const packet = viewingPacket({});
    expect(packet).toMatchObject({ date: null, startTime: null, endTime: null, startMs: null, endMs: null, attendees: [] });
    expect(packet.checklist.bring.length + packet.checklist.check.length).toBe(viewingPacketContent.items.length);
  });
});

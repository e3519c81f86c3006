// Public sources the built-in templates cite. Shown as links only: the app never loads
// them (no third-party requests, ARCHITECTURE.md). Acts link to the Slovenian legal
// information system PIS (pisrs.si) where its id is known, else to the Official Gazette.
import type { Source } from '../template-definition.ts';

export const sources = {
  zmz1: { url: 'https://pisrs.si/pregledPredpisa?id=ZAKO7103', title: 'ZMZ-1, International Protection Act (PIS)' },
  zmz1Gazette: {
    url: 'https://www.uradni-list.si/glasilo-uradni-list-rs/vsebina/2016-01-0830/zakon-o-mednarodni-zasciti-zmz-1',
    title: 'ZMZ-1 as published, Uradni list RS 22/2016',
  },
  zup: { url: 'https://pisrs.si/pregledPredpisa?id=ZAKO1603', title: 'ZUP, General Administrative Procedure Act (PIS)' },
  zus1: { url: 'https://pisrs.si/pregledPredpisa?id=ZAKO4732', title: 'ZUS-1, Administrative Dispute Act (PIS)' },
  zpp: { url: 'https://pisrs.si/pregledPredpisa?id=ZAKO1212', title: 'ZPP, Civil Procedure Act (PIS)' },
  ztuj2: { url: 'https://pisrs.si/pregledPredpisa?id=ZAKO5761', title: 'ZTuj-2, Aliens Act (PIS)' },
  zutd: { url: 'https://pisrs.si/pregledPredpisa?id=ZAKO5840', title: 'ZUTD, Labour Market Regulation Act (PIS)' },
  zppreb1: {
    url: 'https://www.uradni-list.si/glasilo-uradni-list-rs/vsebina/2016-01-2294',
    title: 'ZPPreb-1, Residence Registration Act, Uradni list RS 52/2016 (amended 36/2021, 3/2022)',
  },
  aida: { url: 'https://asylumineurope.org/reports/country/slovenia/', title: 'AIDA country report: Slovenia (ECRE)' },
  infotujci: { url: 'https://infotujci.si/', title: 'Info tujci, Ministry of the Interior portal for foreigners' },
  eupravaAddress: {
    url: 'https://e-uprava.gov.si/podrocja/osebni-dokumenti-potrdila-selitev/selitev-prijava-odjava-prebivalisca/prijava-odjava-zacasnega-prebivalisca.html',
    title: 'eUprava: registering and deregistering a temporary residence',
  },
  uoim: {
    url: 'https://www.gov.si/drzavni-organi/vladne-sluzbe/urad-za-oskrbo-in-integracijo-migrantov/',
    title: 'UOIM, Government Office for the Support and Integration of Migrants',
  },
  zzzs: { url: 'https://www.zzzs.si/', title: 'ZZZS, Health Insurance Institute of Slovenia' },
  ess: { url: 'https://www.ess.gov.si/', title: 'Employment Service of Slovenia (ZRSZ)' },
  paymentAccounts: {
    url: 'https://eur-lex.europa.eu/eli/dir/2014/92/oj',
    title: 'Directive 2014/92/EU on payment accounts (EUR-Lex)',
  },
  familyReunificationDirective: {
    url: 'https://eur-lex.europa.eu/eli/dir/2003/86/oj',
    title: 'Directive 2003/86/EC on the right to family reunification (EUR-Lex)',
  },
} satisfies Record<string, Source>;

// Bosnian (Bosanski, Latin script): the built-in templates' client texts. Machine-written,
// not yet reviewed by a native speaker (handouts say so). Keys: templates/handouts/index.ts.
import type { HandoutTextsByTemplate } from './texts-shape.ts';

export default {
  'ip-application': {
    title: 'Međunarodna zaštita: od namjere do odluke',
    items: {
      intention_expressed: 'Rekli ste nekom organu da želite podnijeti zahtjev za međunarodnu zaštitu. Od tog trenutka ne možete biti vraćeni iz Slovenije.',
      police_preliminary_procedure: 'Policija provjerava Vaš identitet i put kojim ste došli, popunjava obrazac za registraciju i zapisuje kratku izjavu. Imate pravo na prevodioca.',
      application_lodged: 'Zahtjev podnosite u Azilnom domu (Asylum Home) u Ljubljani ili u njegovoj ispostavi u Logatecu, nakon ljekarskog pregleda, fotografisanja i uzimanja otisaka prstiju.',
      personal_interview: 'Službenik Ministarstva unutrašnjih poslova razgovara s Vama o Vašim razlozima. Recite sve što je važno, tražite prevodioca kojeg razumijete i ponesite sve dokumente koje imate.',
      free_legal_help: 'Imate pravo na besplatnu pravnu pomoć. U prvom postupku pomaže PIC; za tužbu sudu pomaže Vam savjetnik za izbjeglice (refugee counsellor) kojeg imenuje Ministarstvo pravde.',
      health_care: 'Dok čekate odluku, imate hitnu medicinsku pomoć, hitnu stomatološku pomoć i zdravstvenu zaštitu žena. Djeca, kao i učenici i studenti do 26 godina, imaju punu zaštitu.',
      stay_at_asylum_home: 'Ne napuštajte Azilni dom duže od 3 dana bez opravdanog razloga: Vaš zahtjev bi se smatrao povučenim.',
      right_to_work: 'Ako ni 3 mjeseca nakon podnošenja zahtjeva nema odluke, a kašnjenje nije Vaša krivica, možete raditi.',
      decision_time_limit: 'U redovnom postupku Ministarstvo treba odlučiti u roku od 6 mjeseci od zahtjeva. Rok može produžiti do 9 mjeseci, a zatim još za 3 mjeseca.',
      decision_time_limit_accelerated: 'U ubrzanom postupku odluka može stići za otprilike 2 mjeseca. Pitajte svog pravnog savjetnika.',
      subsequent_application: 'Ako se nakon pravosnažne odluke pojave nove činjenice, novi (naknadni) zahtjev može biti moguć. Pitajte svog pravnog savjetnika.',
    },
  },
  'decision-court-action': {
    title: 'Odluka i tužba sudu',
    variants: {
      regular: 'Odbijeno u redovnom postupku',
      accelerated: 'Odbijeno kao očigledno neosnovano (ubrzani postupak)',
      inadmissible: 'Odbačeno kao nedopušteno (uključujući Dublin i sigurnu treću zemlju)',
    },
    items: {
      service_date_recorded: 'Sačuvajte kovertu i odluku. Rok za tužbu počinje teći dan nakon što ste primili odluku. Ako niste bili kod kuće i ostavljeno je obavještenje, odluka se smatra primljenom 15 dana nakon obavještenja, čak i ako je niste preuzeli.',
      decision_type_identified: 'Vaš savjetnik čita odluku s Vama i objašnjava šta ona znači za Vas.',
      legal_help_contacted: 'Odmah se obratite svom pravnom savjetniku: rok za tužbu je kratak. Dostupna je besplatna pravna pomoć (savjetnici za izbjeglice, PIC).',
      court_action_regular: 'Odluku možete osporiti pred Upravnim sudom (Administrative Court) u roku od 15 dana. Dok tužba traje, ne možete biti udaljeni.',
      court_action_accelerated: 'Odluku možete osporiti pred Upravnim sudom u roku od 8 dana. Istovremeno tražite privremenu mjeru kako ne biste bili udaljeni prije nego što sud odluči.',
      court_action_inadmissible: 'Odluku možete osporiti pred Upravnim sudom u roku od 3 dana. Istovremeno tražite privremenu mjeru kako ne biste bili premješteni ili udaljeni prije nego što sud odluči.',
      interim_order_requested: 'Zajedno s tužbom tražite od suda privremenu mjeru kako biste mogli ostati dok sud ne odluči.',
      court_action_detention: 'Ako Vam je kretanje ograničeno (zadržavanje), to možete osporiti pred Upravnim sudom u roku od 3 dana. Sud odlučuje u roku od 3 dana.',
      supreme_court_appeal: 'Ako Upravni sud odluči protiv Vas, žalba Vrhovnom sudu (Supreme Court) može biti moguća. Odmah pitajte svog pravnog savjetnika.',
      missed_deadline_restoration: 'Ako iz ozbiljnog razloga (na primjer bolesti) niste mogli podnijeti tužbu na vrijeme, možete tražiti povrat u pređašnje stanje u roku od 8 dana nakon što je prepreka prestala.',
      filing_by_registered_post: 'Ako tužbu šaljete poštom, pošaljite je preporučeno i sačuvajte potvrdu: dan predaje pošti smatra se danom podnošenja.',
    },
  },
  'after-status-granted': {
    title: 'Nakon dobijanja zaštite',
    variants: {
      refugee: 'Status izbjeglice',
      subsidiary: 'Supsidijarna zaštita',
    },
    items: {
      integration_agreement_offered: 'Vladin ured za podršku i integraciju migranata (UOIM) mora Vam ponuditi sporazum o integraciji u roku od 1 mjeseca od dobijanja zaštite. Pomoć za smještaj i novčana pomoć zavise od toga da ga potpišete.',
      integration_agreement_signed: 'Potpišite sporazum o integraciji i sačuvajte kopiju. Recite svom savjetniku datum potpisivanja.',
      integration_house_ends: 'U integracijskoj kući možete živjeti najduže 1 godinu nakon dobijanja zaštite. Iz zdravstvenih ili drugih razloga komisija to može produžiti do 6 mjeseci. Počnite rano tražiti stan.',
      private_accommodation_allowance: 'Ako iznajmite privatni stan, primate novčanu pomoć 1 godinu od potpisivanja sporazuma o integraciji. Uz Vašu saglasnost i saglasnost stanodavca može se isplaćivati direktno stanodavcu.',
      allowance_extension_conditions: 'Novčana pomoć može se produžiti za još 1 godinu ako pohađate najmanje 80% kursa slovenskog jezika i društva i sastajete se sa svojim savjetnikom za integraciju najmanje jednom mjesečno. Čuvajte dokaze o prisustvu.',
      refugee_permit_card: 'Kao izbjeglica imate stalni boravak u Sloveniji od dana kada Vam je odluka uručena. Preuzmite svoju boravišnu karticu; važi 10 godina.',
      subsidiary_permit: 'Sa supsidijarnom zaštitom imate privremeni boravak za period naveden u Vašoj odluci (od 1 do 5 godina). Produženje se mora tražiti na vrijeme: najmanje 30 dana prije isteka.',
      long_term_residence_time: 'Za status dugotrajnog rezidenta potrebno Vam je 5 godina boravka. Računa se polovina vremena koje ste čekali kao podnosilac zahtjeva, ili cijelo vrijeme ako ste čekali duže od 18 mjeseci.',
    },
  },
  'subsidiary-protection-extension': {
    title: 'Produženje supsidijarne zaštite',
    items: {
      extension_request_filed: 'Vaš zahtjev za produženje supsidijarne zaštite mora stići Ministarstvu unutrašnjih poslova najmanje 30 dana prije isteka zaštite. Nakon isteka ne može se produžiti. Ne čekajte posljednji dan.',
      legal_help_for_extension: 'Zamolite svog pravnog savjetnika da Vam pomogne pripremiti zahtjev i razloge zbog kojih Vam je zaštita još uvijek potrebna.',
      extension_length_explained: 'Ako se produži, supsidijarna zaštita se produžava za 2 godine.',
      family_reunification_after_extension: 'Ako Vam je supsidijarna zaštita odobrena na 1 godinu, zahtjev za spajanje porodice možete podnijeti tek nakon što se produži.',
    },
  },
  'temporary-residence-extension': {
    title: 'Produženje dozvole za privremeni boravak (ZTuj-2)',
    items: {
      filed_one_month_ahead: 'Zahtjev za produženje podnesite u svojoj upravnoj jedinici (upravna enota) otprilike 1 mjesec prije isteka dozvole, kako biste imali vremena dopuniti sve što nedostaje.',
      filed_before_expiry: 'Zahtjev se mora podnijeti dok Vam je dozvola još važeća. Zahtjev podnesen nakon isteka dozvole se odbacuje.',
      single_permit_90_days: 'Za jedinstvenu dozvolu za boravak i rad preporučuje se zahtjev podnijeti otprilike 90 dana ranije. Ovo je savjet, a ne zakonski rok.',
      family_member_slovene: 'Ako je Vaša dozvola izdata radi spajanja porodice i punoljetni ste, za produženje je potreban osnovni ("nivo preživljavanja") slovenski jezik. Rano planirajte kurs.',
    },
  },
  'permanent-residence': {
    title: 'Stalni boravak (ZTuj-2)',
    variants: {
      general: '5 godina zakonitog boravka',
      family_member: 'Član porodice izbjeglice ili osobe sa stalnim boravkom (2 godine)',
    },
    items: {
      five_years_reached: 'Za stalni boravak možete podnijeti zahtjev nakon 5 godina neprekidnog zakonitog boravka. Odsustva moraju biti kraća od 6 mjeseci uzastopno i 10 mjeseci ukupno. Vrijeme studiranja računa se upola.',
      two_years_family_member: 'Kao član porodice izbjeglice ili osobe sa stalnim boravkom možete podnijeti zahtjev nakon 2 godine.',
      a2_certificate: 'Za zahtjeve od 1. novembra 2024. potreban je certifikat o znanju slovenskog jezika na nivou A2. Rano se upišite na kurs i ispit.',
      temporary_permit_kept_valid: 'Održavajte važećom svoju dozvolu za privremeni boravak dok ne dobijete odluku o stalnom boravku. Ako uskoro ističe, podnesite zahtjev za produženje (otprilike 1 mjesec ranije).',
    },
  },
  'family-reunification': {
    title: 'Spajanje porodice',
    variants: {
      international_protection: 'Osoba kojoj se porodica pridružuje ima međunarodnu zaštitu',
      aliens_act: 'Osoba kojoj se porodica pridružuje ima dozvolu boravka po ZTuj-2',
    },
    items: {
      no_waiting_period_protection: 'S međunarodnom zaštitom obično možete tražiti spajanje porodice bez čekanja. Ako Vam je supsidijarna zaštita odobrena samo na 1 godinu, zahtjev možete podnijeti tek nakon što se produži.',
      favourable_window_90_days: 'Možda postoji period od 90 dana nakon dobijanja zaštite u kojem je spajanje porodice lakše. Što prije pitajte svog pravnog savjetnika; ovo nije potvrđeno.',
      sponsor_waiting_period: 'Ako imate dozvolu boravka po Zakonu o strancima, porodicu možete dovesti nakon što ste 1 godinu živjeli u Sloveniji.',
      family_member_slovene: 'Punoljetnim članovima porodice bit će potreban osnovni ("nivo preživljavanja") slovenski jezik za produženje dozvole (od 1. novembra 2024.). Rano planirajte kurs.',
    },
  },
  'address-registration': {
    title: 'Prijava adrese (ZPPreb-1)',
    items: {
      address_registered: 'Prijavite svoju adresu u upravnoj jedinici (upravna enota) u roku od 8 dana od useljenja. Ponesite ličnu ispravu ili dozvolu i dokaz da tamo smijete stanovati.',
      proof_of_right_to_live_there: 'Kao dokaz možete donijeti ugovor o najmu ili podnajmu, dokaz o vlasništvu ili pismenu saglasnost vlasnika. Saglasnost ne mora ovjeriti notar.',
      temporary_registration_renewed: 'Prijava privremenog prebivališta ističe nakon određenog vremena. Obnovite je u roku od 8 dana nakon isteka, inače prestaje važiti.',
      deregistered_after_moving_out: 'Kada se odselite, odjavite staru adresu u roku od 8 dana.',
      needed_for_social_assistance: 'Prije nego što možete tražiti socijalnu pomoć, potrebna Vam je prijavljena adresa.',
    },
  },
  'practical-first-steps': {
    title: 'Prvi praktični koraci',
    items: {
      health_insurance_registered: 'Prijavite se na zdravstveno osiguranje u Zavodu za zdravstveno osiguranje (ZZZS) i uzmite karticu zdravstvenog osiguranja. Zatim izaberite porodičnog ljekara.',
      employment_service_registered: 'Prijavite se u Zavod za zapošljavanje Slovenije (ZRSZ). Pomažu Vam u traženju posla i obuke.',
      bank_account_opened: 'Otvorite bankovni račun: na njega se uplaćuju novčane pomoći i plate. Banke moraju ponuditi osnovni platni račun i tražiocima azila i osobama bez stalne adrese.',
      slovene_course_enrolled: 'Upišite se na kurs slovenskog jezika i društva. Pohađajte najmanje 80% kursa: to je važno za produženje novčane pomoći za smještaj.',
    },
  },
} satisfies HandoutTextsByTemplate;

// Albanian (Shqip): the built-in templates' client texts. Machine-written, not yet
// reviewed by a native speaker (handouts say so). Keys: templates/handouts/index.ts.
import type { HandoutTextsByTemplate } from './texts-shape.ts';

export default {
  'ip-application': {
    title: 'Mbrojtja ndërkombëtare: nga qëllimi te vendimi',
    items: {
      intention_expressed: 'Ju i thatë një autoriteti se doni të kërkoni mbrojtje ndërkombëtare. Që nga ai çast nuk mund të dëboheni nga Sllovenia.',
      police_preliminary_procedure: 'Policia kontrollon identitetin tuaj dhe rrugën e udhëtimit, plotëson një formular regjistrimi dhe shkruan një deklaratë të shkurtër. Keni të drejtë për përkthyes.',
      application_lodged: 'Kërkesën e dorëzoni në Shtëpinë e Azilit (Asylum Home) në Lubjanë ose në degën e saj në Logatec, pas një kontrolli mjekësor, fotografisë dhe marrjes së shenjave të gishtave.',
      personal_interview: 'Një zyrtar i Ministrisë së Brendshme ju interviston për arsyet tuaja. Tregoni gjithçka që ka rëndësi, kërkoni një përkthyes që e kuptoni dhe sillni të gjitha dokumentet që keni.',
      free_legal_help: 'Keni të drejtë për ndihmë juridike falas. Në procedurën e parë ndihmon PIC; për padi në gjykatë ju ndihmon një këshilltar për refugjatët (refugee counsellor) i caktuar nga Ministria e Drejtësisë.',
      health_care: 'Ndërsa prisni vendimin, keni kujdes mjekësor urgjent, trajtim urgjent dentar dhe kujdes shëndetësor për gratë. Fëmijët dhe nxënësit e studentët deri në 26 vjeç mbulohen plotësisht.',
      stay_at_asylum_home: 'Mos e lini Shtëpinë e Azilit për më shumë se 3 ditë pa një arsye të justifikuar: përndryshe kërkesa juaj do të konsiderohet e tërhequr.',
      right_to_work: 'Nëse 3 muaj pas dorëzimit të kërkesës ende nuk ka vendim dhe vonesa nuk është faji juaj, mund të punoni.',
      decision_time_limit: 'Në procedurën e rregullt Ministria duhet të vendosë brenda 6 muajve nga kërkesa. Ajo mund ta zgjatë këtë afat deri në 9 muaj dhe më pas edhe 3 muaj të tjerë.',
      decision_time_limit_accelerated: 'Në procedurën e përshpejtuar vendimi mund të vijë brenda rreth 2 muajve. Pyetni këshilltarin tuaj juridik.',
      subsequent_application: 'Nëse pas një vendimi të formës së prerë dalin fakte të reja, mund të jetë e mundur një kërkesë e re (e mëvonshme). Pyetni këshilltarin tuaj juridik.',
    },
  },
  'decision-court-action': {
    title: 'Vendimi dhe padia në gjykatë',
    variants: {
      regular: 'Refuzuar në procedurën e rregullt',
      accelerated: 'Refuzuar si qartazi e pabazuar (procedurë e përshpejtuar)',
      inadmissible: 'Hedhur poshtë si e papranueshme (përfshirë Dublinin, vendin e tretë të sigurt)',
    },
    items: {
      service_date_recorded: 'Ruani zarfin dhe vendimin. Afati për padi fillon një ditë pasi e morët vendimin. Nëse nuk ishit në shtëpi dhe u la një njoftim, vendimi konsiderohet i marrë 15 ditë pas njoftimit, edhe nëse nuk e tërhoqët.',
      decision_type_identified: 'Këshilltari juaj e lexon vendimin bashkë me ju dhe ju shpjegon çfarë do të thotë për ju.',
      legal_help_contacted: 'Kontaktoni menjëherë këshilltarin tuaj juridik: afati për padi është i shkurtër. Ka ndihmë juridike falas (këshilltarë për refugjatët, PIC).',
      court_action_regular: 'Mund ta kundërshtoni vendimin në Gjykatën Administrative (Administrative Court) brenda 15 ditëve. Sa kohë që padia është në shqyrtim, nuk mund të dëboheni.',
      court_action_accelerated: 'Mund ta kundërshtoni vendimin në Gjykatën Administrative brenda 8 ditëve. Në të njëjtën kohë kërkoni një masë të përkohshme, që të mos dëboheni para se të vendosë gjykata.',
      court_action_inadmissible: 'Mund ta kundërshtoni vendimin në Gjykatën Administrative brenda 3 ditëve. Në të njëjtën kohë kërkoni një masë të përkohshme, që të mos transferoheni ose dëboheni para se të vendosë gjykata.',
      interim_order_requested: 'Bashkë me padinë, kërkojini gjykatës një masë të përkohshme, që të mund të qëndroni derisa ajo të vendosë.',
      court_action_detention: 'Nëse lëvizja juaj u kufizua (ndalim), mund ta kundërshtoni në Gjykatën Administrative brenda 3 ditëve. Gjykata vendos brenda 3 ditëve.',
      supreme_court_appeal: 'Nëse Gjykata Administrative vendos kundër jush, mund të jetë e mundur një ankesë në Gjykatën Supreme (Supreme Court). Pyetni menjëherë këshilltarin tuaj juridik.',
      missed_deadline_restoration: 'Nëse nuk mundët ta paraqitni në kohë për një arsye të rëndë (për shembull sëmundje), mund të kërkoni rikthimin e afatit brenda 8 ditëve pasi pengesa mori fund.',
      filing_by_registered_post: 'Nëse e dërgoni padinë me postë, dërgojeni me postë rekomande dhe ruani dëftesën: dita e dërgimit llogaritet si dita e paraqitjes.',
    },
  },
  'after-status-granted': {
    title: 'Pasi jepet mbrojtja',
    variants: {
      refugee: 'Statusi i refugjatit',
      subsidiary: 'Mbrojtje plotësuese',
    },
    items: {
      integration_agreement_offered: 'Zyra Qeveritare për Mbështetjen dhe Integrimin e Migrantëve (UOIM) duhet t’ju ofrojë një marrëveshje integrimi brenda 1 muaji pasi merrni mbrojtjen. Ndihma për strehim dhe shtesa varen nga nënshkrimi i saj.',
      integration_agreement_signed: 'Nënshkruani marrëveshjen e integrimit dhe ruani një kopje. I tregoni këshilltarit tuaj datën kur e nënshkruat.',
      integration_house_ends: 'Mund të jetoni në një shtëpi integrimi për më së shumti 1 vit pasi morët mbrojtjen. Për arsye shëndetësore ose të tjera, një komision mund ta zgjatë këtë deri në 6 muaj. Filloni herët të kërkoni banesë.',
      private_accommodation_allowance: 'Nëse merrni me qira një banesë private, merrni një shtesë për 1 vit nga nënshkrimi i marrëveshjes së integrimit. Me pëlqimin tuaj dhe të qiradhënësit, ajo mund t’i paguhet drejtpërdrejt qiradhënësit.',
      allowance_extension_conditions: 'Shtesa mund të zgjatet edhe 1 vit nëse ndiqni të paktën 80% të kursit të gjuhës dhe shoqërisë sllovene dhe takoheni me këshilltarin tuaj të integrimit të paktën një herë në muaj. Ruani dëshmitë e pjesëmarrjes.',
      refugee_permit_card: 'Si refugjat keni leje qëndrimi të përhershëm në Slloveni nga dita kur ju u dorëzua vendimi. Tërhiqni kartën tuaj të qëndrimit; ajo vlen 10 vjet.',
      subsidiary_permit: 'Me mbrojtje plotësuese keni qëndrim të përkohshëm për periudhën e shënuar në vendimin tuaj (1 deri në 5 vjet). Zgjatja duhet kërkuar në kohë: të paktën 30 ditë para se të mbarojë.',
      long_term_residence_time: 'Për statusin e rezidentit afatgjatë ju duhen 5 vjet qëndrim. Llogaritet gjysma e kohës që pritët si kërkues, ose e gjithë koha nëse pritët më shumë se 18 muaj.',
    },
  },
  'subsidiary-protection-extension': {
    title: 'Zgjatja e mbrojtjes plotësuese',
    items: {
      extension_request_filed: 'Kërkesa juaj për zgjatjen e mbrojtjes plotësuese duhet të arrijë në Ministrinë e Brendshme të paktën 30 ditë para se të mbarojë mbrojtja. Pasi mbaron, nuk mund të zgjatet. Mos prisni ditën e fundit.',
      legal_help_for_extension: 'Kërkojini këshilltarit tuaj juridik t’ju ndihmojë të përgatitni kërkesën dhe arsyet pse ende keni nevojë për mbrojtje.',
      extension_length_explained: 'Nëse zgjatet, mbrojtja plotësuese zgjatet për 2 vjet.',
      family_reunification_after_extension: 'Nëse mbrojtja juaj plotësuese u dha për 1 vit, mund të kërkoni bashkimin familjar vetëm pasi të jetë zgjatur.',
    },
  },
  'temporary-residence-extension': {
    title: 'Zgjatja e lejes së qëndrimit të përkohshëm (ZTuj-2)',
    items: {
      filed_one_month_ahead: 'Kërkoni zgjatjen në njësinë tuaj administrative (upravna enota) rreth 1 muaj para se t’ju skadojë leja, që të ketë kohë për të plotësuar çdo gjë që mungon.',
      filed_before_expiry: 'Kërkesa duhet të paraqitet sa kohë që leja juaj është ende e vlefshme. Një kërkesë e paraqitur pas skadimit të lejes hidhet poshtë.',
      single_permit_90_days: 'Për lejen e unifikuar të qëndrimit dhe punës rekomandohet të aplikoni rreth 90 ditë përpara. Kjo është këshillë, jo afat ligjor.',
      family_member_slovene: 'Nëse leja juaj është për bashkim familjar dhe jeni i rritur, për zgjatjen e saj nevojitet sllovenishtja bazë ("niveli i mbijetesës"). Planifikoni herët një kurs.',
    },
  },
  'permanent-residence': {
    title: 'Qëndrimi i përhershëm (ZTuj-2)',
    variants: {
      general: '5 vjet qëndrim i ligjshëm',
      family_member: 'Anëtar i familjes së një refugjati ose rezidenti të përhershëm (2 vjet)',
    },
    items: {
      five_years_reached: 'Mund të kërkoni qëndrim të përhershëm pas 5 vjetësh qëndrimi të ligjshëm pa ndërprerje. Mungesat duhet të jenë më të shkurtra se 6 muaj rresht dhe 10 muaj gjithsej. Koha si student llogaritet përgjysmë.',
      two_years_family_member: 'Si anëtar i familjes së një refugjati ose të një personi me qëndrim të përhershëm, mund të aplikoni pas 2 vjetësh.',
      a2_certificate: 'Kërkesat nga 1 nëntori 2024 kërkojnë një certifikatë të sllovenishtes në nivelin A2. Regjistrohuni herët në kurs dhe në provim.',
      temporary_permit_kept_valid: 'Mbajeni të vlefshme lejen e përkohshme derisa të merrni vendimin për qëndrimin e përhershëm. Nëse po i afrohet skadimit, kërkoni zgjatjen e saj (rreth 1 muaj përpara).',
    },
  },
  'family-reunification': {
    title: 'Bashkimi familjar',
    variants: {
      international_protection: 'Sponsori ka mbrojtje ndërkombëtare',
      aliens_act: 'Sponsori ka leje qëndrimi sipas ZTuj-2',
    },
    items: {
      no_waiting_period_protection: 'Me mbrojtje ndërkombëtare zakonisht mund të kërkoni bashkimin familjar pa pritur. Nëse mbrojtja juaj plotësuese u dha vetëm për 1 vit, mund të aplikoni vetëm pasi të jetë zgjatur.',
      favourable_window_90_days: 'Mund të ketë një periudhë 90-ditore pasi morët mbrojtjen, gjatë së cilës bashkimi familjar është më i lehtë. Pyetni shpejt këshilltarin tuaj juridik; kjo nuk është e konfirmuar.',
      sponsor_waiting_period: 'Nëse keni leje qëndrimi sipas Ligjit për të Huajt, mund ta sillni familjen pasi të keni jetuar 1 vit në Slloveni.',
      family_member_slovene: 'Anëtarëve të rritur të familjes do t’u duhet sllovenishtja bazë ("niveli i mbijetesës") për të zgjatur lejen e tyre (që nga 1 nëntori 2024). Planifikoni herët një kurs.',
    },
  },
  'address-registration': {
    title: 'Regjistrimi i adresës (ZPPreb-1)',
    items: {
      address_registered: 'Regjistroni adresën tuaj në njësinë administrative (upravna enota) brenda 8 ditëve pasi të zhvendoseni. Sillni dokumentin e identitetit ose lejen dhe dëshminë që mund të jetoni atje.',
      proof_of_right_to_live_there: 'Si dëshmi mund të sillni një kontratë qiraje ose nënqiraje, dëshmi pronësie ose pëlqimin me shkrim të pronarit. Pëlqimi nuk ka nevojë për noter.',
      temporary_registration_renewed: 'Regjistrimi i përkohshëm i adresës mbaron pas një kohe të caktuar. Rinovojeni brenda 8 ditëve pasi të skadojë, përndryshe shuhet.',
      deregistered_after_moving_out: 'Kur largoheni, çregjistroni adresën e vjetër brenda 8 ditëve.',
      needed_for_social_assistance: 'Ju duhet një adresë e regjistruar para se të mund të kërkoni ndihmë sociale.',
    },
  },
  'practical-first-steps': {
    title: 'Hapat e parë praktikë',
    items: {
      health_insurance_registered: 'Regjistrohuni për sigurim shëndetësor në Institutin e Sigurimit Shëndetësor (ZZZS) dhe merrni kartën e sigurimit shëndetësor. Pastaj zgjidhni një mjek familjeje.',
      employment_service_registered: 'Regjistrohuni në Shërbimin e Punësimit të Sllovenisë (ZRSZ). Ata ju ndihmojnë të kërkoni punë dhe trajnim.',
      bank_account_opened: 'Hapni një llogari bankare: shtesat dhe pagat paguhen në të. Bankat duhet t’u ofrojnë një llogari bazë pagesash edhe azilkërkuesve dhe personave pa adresë të përhershme.',
      slovene_course_enrolled: 'Regjistrohuni në kursin e gjuhës dhe shoqërisë sllovene. Ndiqni të paktën 80% të tij: kjo ka rëndësi për zgjatjen e shtesës për strehim.',
    },
  },
} satisfies HandoutTextsByTemplate;

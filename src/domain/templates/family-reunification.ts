// Family reunification for persons with international protection (ZMZ-1) and under the
// Aliens Act (ZTuj-2, as amended by ZTuj-2H). DOMAIN-SI.md, both sections.
// Deliberately absent: a "2-year work ban" for reunited family members, which DOMAIN-SI
// found in no current law (L) and says not to present as a rule.
import type { TemplateDefinitionInput } from '../template-definition.ts';
import { sources } from './sources.ts';

export const familyReunification = {
  id: 'family-reunification',
  version: 1,
  contentCheckedOn: '2026-11-21',
  category: 'residence',
  unreviewedLanguages: ['ar', 'fa', 'uk'],
  text: {
    en: {
      title: 'Family reunification',
      summary:
        'Bringing family members to Slovenia: for persons with international protection (no waiting period in general) and for other foreigners under ZTuj-2 (1-year waiting period since ZTuj-2H, 16 November 2023).',
    },
    sl: {
      title: 'Združitev družine',
      summary:
        'Združitev z družinskimi člani v Sloveniji: za osebe z mednarodno zaščito (praviloma brez čakalne dobe) in za druge tujce po ZTuj-2 (1 leto čakalne dobe od ZTuj-2H, 16. novembra 2023).',
    },
    ar: { title: 'لمّ شمل الأسرة' },
    fa: { title: 'پیوستن خانواده' },
    uk: { title: 'Возз’єднання сім’ї' },
  },
  keyDates: ['statusGrantedOn'],
  variants: [
    {
      id: 'international_protection',
      text: {
        en: { label: 'Sponsor has international protection' },
        sl: { label: 'Združevalec ima mednarodno zaščito' },
        ar: { label: 'مقدّم الطلب لديه حماية دولية' },
        fa: { label: 'درخواست‌دهنده حمایت بین‌المللی دارد' },
        uk: { label: 'Особа, до якої возз’єднуються, має міжнародний захист' },
      },
    },
    {
      id: 'aliens_act',
      text: {
        en: { label: 'Sponsor has a residence permit under ZTuj-2' },
        sl: { label: 'Združevalec ima dovoljenje za prebivanje po ZTuj-2' },
        ar: { label: 'مقدّم الطلب لديه تصريح إقامة بموجب قانون الأجانب' },
        fa: { label: 'درخواست‌دهنده اجازهٔ اقامت طبق قانون اتباع خارجی دارد' },
        uk: { label: 'Особа має дозвіл на проживання за Законом про іноземців' },
      },
    },
  ],
  items: [
    {
      key: 'no_waiting_period_protection',
      variants: ['international_protection'],
      text: {
        en: {
          label: 'No waiting period (1-year subsidiary protection: only after extension)',
          handout:
            'With international protection you can usually apply for family reunification without waiting. If your subsidiary protection was granted for only 1 year, you can apply only after it is extended.',
        },
        sl: {
          label: 'Brez čakalne dobe (enoletna subsidiarna zaščita: šele po podaljšanju)',
          handout:
            'Z mednarodno zaščito lahko za združitev družine praviloma zaprosite brez čakanja. Če vam je bila subsidiarna zaščita priznana le za 1 leto, lahko zaprosite šele po podaljšanju.',
        },
        ar: {
          handout: 'مع الحماية الدولية يمكنك عادةً طلب لمّ شمل الأسرة دون انتظار. إذا مُنحت الحماية الفرعية لسنة واحدة فقط، يمكنك التقديم فقط بعد تمديدها.',
        },
        fa: {
          handout: 'با حمایت بین‌المللی معمولاً می‌توانید بدون انتظار برای پیوستن خانواده درخواست بدهید. اگر حمایت تکمیلی فقط برای ۱ سال داده شده، فقط پس از تمدید می‌توانید درخواست بدهید.',
        },
        uk: {
          handout: 'З міжнародним захистом зазвичай можна подати заяву на возз’єднання сім’ї без очікування. Якщо додатковий захист надано лише на 1 рік, подати заяву можна тільки після його продовження.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida, sources.zmz1],
      confidence: 'M',
    },
    {
      key: 'favourable_window_90_days',
      variants: ['international_protection'],
      text: {
        en: {
          label: 'Possible 90-day window with favourable conditions — unverified',
          handout:
            'There may be a period of 90 days after you got protection in which family reunification is easier. Ask your legal adviser soon; this is not confirmed.',
          details:
            'Low confidence: our sources could not verify this window. The EU Family Reunification Directive 2003/86/EC, Art. 12(1), lets states impose conditions on refugees who apply more than 3 months after status; whether and how Slovenia applies this is unverified. Treat the date as a prompt to check, not as a rule.',
        },
        sl: {
          label: 'Mogoče 90-dnevno obdobje z ugodnejšimi pogoji — nepreverjeno',
          handout:
            'Morda obstaja obdobje 90 dni po priznanju zaščite, v katerem je združitev družine lažja. Čim prej vprašajte pravnega svetovalca; to ni potrjeno.',
          details:
            'Nizka zanesljivost: tega obdobja v virih nismo mogli preveriti. Direktiva EU o združitvi družine 2003/86/ES, 12. člen (1), dovoljuje državam, da beguncem, ki zaprosijo več kot 3 mesece po priznanju statusa, postavijo pogoje; ali in kako to uporablja Slovenija, ni preverjeno. Datum je opomnik za preverjanje, ne pravilo.',
        },
        ar: {
          handout: 'قد تكون هناك مدة 90 يومًا بعد حصولك على الحماية يكون فيها لمّ شمل الأسرة أسهل. اسأل مستشارك القانوني قريبًا؛ هذا غير مؤكد.',
        },
        fa: {
          handout: 'شاید دوره‌ای ۹۰ روزه پس از دریافت حمایت وجود داشته باشد که پیوستن خانواده در آن آسان‌تر است. زود از مشاور حقوقی بپرسید؛ این قطعی نیست.',
        },
        uk: {
          handout: 'Можливо, існує період 90 днів після надання захисту, коли возз’єднання сім’ї простіше. Якнайшвидше запитайте юридичного консультанта; це не підтверджено.',
        },
      },
      basis: [{ act: 'ZMZ-1' }, { act: 'Directive 2003/86/EC', article: '12(1)' }],
      sources: [sources.aida, sources.familyReunificationDirective],
      confidence: 'L',
      deadline: {
        keyDate: 'statusGrantedOn',
        rule: { kind: 'legalDaysAfter', days: 90 },
        meaning: 'actBy',
      },
    },
    {
      key: 'sponsor_waiting_period',
      variants: ['aliens_act'],
      text: {
        en: {
          label: 'Sponsor has lived in Slovenia for 1 year (ZTuj-2H)',
          handout: 'If you hold a residence permit under the Aliens Act, you can bring your family after you have lived in Slovenia for 1 year.',
        },
        sl: {
          label: 'Združevalec v Sloveniji prebiva 1 leto (ZTuj-2H)',
          handout: 'Če imate dovoljenje za prebivanje po Zakonu o tujcih, lahko družino pripeljete, ko v Sloveniji prebivate 1 leto.',
        },
        ar: { handout: 'إذا كان لديك تصريح إقامة بموجب قانون الأجانب، يمكنك إحضار عائلتك بعد أن تكون قد أقمت في سلوفينيا سنة واحدة.' },
        fa: { handout: 'اگر اجازهٔ اقامت طبق قانون اتباع خارجی دارید، پس از ۱ سال زندگی در اسلوونی می‌توانید خانواده‌تان را بیاورید.' },
        uk: { handout: 'Якщо у вас дозвіл на проживання за Законом про іноземців, ви можете привезти сім’ю після 1 року проживання в Словенії.' },
      },
      basis: [{ act: 'ZTuj-2', article: '47' }, { act: 'ZTuj-2H' }],
      sources: [sources.ztuj2, sources.infotujci],
      confidence: 'H',
    },
    {
      key: 'family_member_slovene',
      variants: ['aliens_act'],
      text: {
        en: {
          label: 'Adult family members told: survival-level Slovene needed for extension',
          handout: 'Adult family members will need basic ("survival level") Slovene to extend their permit (since 1 November 2024). Plan a course early.',
        },
        sl: {
          label: 'Polnoletni družinski člani obveščeni: za podaljšanje vstopna raven slovenščine',
          handout: 'Polnoletni družinski člani bodo za podaljšanje dovoljenja potrebovali osnovno znanje slovenščine (od 1. novembra 2024). Tečaj načrtujte zgodaj.',
        },
        ar: { handout: 'سيحتاج أفراد العائلة البالغون إلى مستوى أساسي من اللغة السلوفينية لتمديد تصاريحهم (منذ 1 نوفمبر 2024). خططوا لدورة لغة مبكرًا.' },
        fa: { handout: 'اعضای بزرگسال خانواده برای تمدید اجازهٔ اقامت به زبان اسلوونیایی در سطح پایه نیاز دارند (از ۱ نوامبر ۲۰۲۴). از قبل برای کلاس برنامه بریزید.' },
        uk: { handout: 'Повнолітнім членам сім’ї для продовження дозволу знадобиться базова словенська (з 1 листопада 2024 року). Заплануйте курс заздалегідь.' },
      },
      basis: [{ act: 'ZTuj-2' }, { act: 'ZTuj-2H' }],
      sources: [sources.ztuj2, sources.infotujci],
      confidence: 'H',
    },
  ],
} satisfies TemplateDefinitionInput;

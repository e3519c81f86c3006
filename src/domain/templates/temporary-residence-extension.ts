// Extending a temporary residence permit under the Aliens Act (ZTuj-2).
// DOMAIN-SI.md, "Aliens Act (ZTuj-2) and residence registration".
import type { TemplateDefinitionInput } from '../template-definition.ts';
import { sources } from './sources.ts';

export const temporaryResidenceExtension = {
  id: 'temporary-residence-extension',
  version: 1,
  contentCheckedOn: '2026-11-21',
  category: 'residence',
  unreviewedLanguages: ['ar', 'fa', 'uk'],
  text: {
    en: {
      title: 'Extending a temporary residence permit (ZTuj-2)',
      summary:
        'The application must be filed before the permit expires; after expiry it is dismissed. Filing 1 month ahead is recommended. ZTuj-2 was amended in 2021, 2023 and 2024.',
    },
    sl: {
      title: 'Podaljšanje dovoljenja za začasno prebivanje (ZTuj-2)',
      summary:
        'Prošnjo je treba vložiti pred iztekom dovoljenja; po izteku se zavrže. Priporočamo vložitev 1 mesec prej. ZTuj-2 je bil spremenjen v letih 2021, 2023 in 2024.',
    },
    ar: { title: 'تمديد تصريح الإقامة المؤقتة' },
    fa: { title: 'تمدید اجازهٔ اقامت موقت' },
    uk: { title: 'Продовження дозволу на тимчасове проживання' },
  },
  keyDates: ['permitExpiresOn'],
  items: [
    {
      key: 'filed_one_month_ahead',
      text: {
        en: {
          label: 'Extension filed 1 month before expiry (recommended)',
          handout:
            'Apply for the extension at your administrative unit (upravna enota) about 1 month before your permit expires, so there is time to fix anything missing.',
        },
        sl: {
          label: 'Prošnja za podaljšanje vložena 1 mesec pred iztekom (priporočeno)',
          handout:
            'Za podaljšanje zaprosite na upravni enoti približno 1 mesec pred iztekom dovoljenja, da je čas za dopolnitve.',
        },
        ar: {
          handout: 'قدّم طلب التمديد في الوحدة الإدارية (upravna enota) قبل نحو شهر من انتهاء تصريحك، ليكون هناك وقت لاستكمال أي نقص.',
        },
        fa: {
          handout: 'حدود ۱ ماه پیش از پایان اعتبار اجازهٔ اقامت، در ادارهٔ محلی (upravna enota) درخواست تمدید بدهید تا برای تکمیل مدارک وقت باشد.',
        },
        uk: {
          handout: 'Подайте заяву на продовження в адміністративному відділі (upravna enota) приблизно за 1 місяць до закінчення дозволу, щоб був час доповнити документи.',
        },
      },
      basis: [{ act: 'ZTuj-2' }],
      sources: [sources.infotujci, sources.ztuj2],
      confidence: 'H',
      deadline: {
        keyDate: 'permitExpiresOn',
        rule: { kind: 'monthsBefore', months: 1 },
        meaning: 'actBy',
        recommendation: true,
      },
    },
    {
      key: 'filed_before_expiry',
      text: {
        en: {
          label: 'Filed before the permit expired (legal limit)',
          handout:
            'The application must be filed while your permit is still valid. An application filed after the permit expired is dismissed.',
          details:
            'The date shown is the last day of validity, moved to the working day before when it falls on a weekend or holiday (our safety choice; offices are closed).',
        },
        sl: {
          label: 'Vloženo pred iztekom dovoljenja (zakonska meja)',
          handout: 'Prošnjo morate vložiti, dokler je dovoljenje še veljavno. Prošnja, vložena po izteku, se zavrže.',
          details:
            'Prikazani datum je zadnji dan veljavnosti; če je sobota, nedelja ali praznik, ga premaknemo na prejšnji delovni dan (varnostna izbira; uradi so zaprti).',
        },
        ar: {
          handout: 'يجب تقديم الطلب ما دام تصريحك ساريًا. الطلب المقدم بعد انتهاء التصريح يُرفض.',
        },
        fa: {
          handout: 'درخواست باید تا زمانی که اجازهٔ اقامت هنوز معتبر است ثبت شود. درخواستی که پس از پایان اعتبار ثبت شود رد می‌شود.',
        },
        uk: {
          handout: 'Заяву треба подати, поки дозвіл ще дійсний. Заяву, подану після закінчення дозволу, залишать без розгляду.',
        },
      },
      basis: [{ act: 'ZTuj-2' }],
      sources: [sources.infotujci, sources.ztuj2],
      confidence: 'H',
      deadline: {
        keyDate: 'permitExpiresOn',
        rule: { kind: 'daysBefore', days: 0 },
        meaning: 'actBy',
      },
    },
    {
      key: 'single_permit_90_days',
      text: {
        en: {
          label: 'Single permit (residence and work): 90 days ahead recommended',
          handout: 'For a single permit for residence and work, applying about 90 days ahead is recommended. This is advice, not a legal deadline.',
        },
        sl: {
          label: 'Enotno dovoljenje (prebivanje in delo): priporočeno 90 dni prej',
          handout: 'Za enotno dovoljenje za prebivanje in delo priporočamo vložitev približno 90 dni prej. To je nasvet, ne zakonski rok.',
        },
        ar: { handout: 'بالنسبة للتصريح الموحد للإقامة والعمل، يُنصح بالتقديم قبل نحو 90 يومًا. هذه نصيحة وليست مهلة قانونية.' },
        fa: { handout: 'برای اجازهٔ واحد اقامت و کار، توصیه می‌شود حدود ۹۰ روز زودتر درخواست بدهید. این یک توصیه است، نه مهلت قانونی.' },
        uk: { handout: 'Для єдиного дозволу на проживання і роботу рекомендуємо подавати заяву приблизно за 90 днів. Це порада, а не законний строк.' },
      },
      basis: [{ act: 'ZTuj-2' }],
      sources: [sources.infotujci],
      confidence: 'H',
      deadline: {
        keyDate: 'permitExpiresOn',
        rule: { kind: 'daysBefore', days: 90 },
        meaning: 'actBy',
        recommendation: true,
      },
    },
    {
      key: 'family_member_slovene',
      text: {
        en: {
          label: 'Family member: survival-level Slovene for adults (from 1 Nov 2024)',
          handout:
            'If your permit is for family reunification and you are an adult, extending it needs basic ("survival level") Slovene. Plan a course early.',
        },
        sl: {
          label: 'Družinski član: slovenščina na vstopni ravni za odrasle (od 1. 11. 2024)',
          handout:
            'Če imate dovoljenje zaradi združitve družine in ste polnoletni, za podaljšanje potrebujete osnovno znanje slovenščine (vstopna raven). Tečaj načrtujte zgodaj.',
        },
        ar: {
          handout: 'إذا كان تصريحك بسبب لمّ شمل الأسرة وكنت بالغًا، فإن تمديده يتطلب مستوى أساسيًا من اللغة السلوفينية. خطط لدورة لغة مبكرًا.',
        },
        fa: {
          handout: 'اگر اجازهٔ اقامت شما برای پیوستن خانواده است و بزرگسال هستید، برای تمدید به زبان اسلوونیایی در سطح پایه نیاز دارید. از قبل برای کلاس برنامه بریزید.',
        },
        uk: {
          handout: 'Якщо ваш дозвіл виданий для возз’єднання сім’ї і ви повнолітні, для продовження потрібна базова словенська («рівень виживання»). Заплануйте курс заздалегідь.',
        },
      },
      basis: [{ act: 'ZTuj-2' }, { act: 'ZTuj-2H' }],
      sources: [sources.ztuj2, sources.infotujci],
      confidence: 'H',
    },
  ],
} satisfies TemplateDefinitionInput;

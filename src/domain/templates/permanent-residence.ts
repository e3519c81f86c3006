// Permanent residence under the Aliens Act (ZTuj-2). DOMAIN-SI.md, "Aliens Act (ZTuj-2)".
import type { TemplateDefinitionInput } from '../template-definition.ts';
import { sources } from './sources.ts';

export const permanentResidence = {
  id: 'permanent-residence',
  version: 1,
  contentCheckedOn: '2026-11-21',
  category: 'residence',
  unreviewedLanguages: ['ar', 'fa', 'uk'],
  text: {
    en: {
      title: 'Permanent residence (ZTuj-2)',
      summary:
        'Permanent residence after 5 years of continuous lawful residence (family members of a refugee or permanent resident after 2 years); applications from 1 November 2024 need a Slovene A2 certificate.',
    },
    sl: {
      title: 'Stalno prebivanje (ZTuj-2)',
      summary:
        'Stalno prebivanje po 5 letih neprekinjenega zakonitega prebivanja (družinski člani begunca ali tujca s stalnim prebivanjem po 2 letih); za prošnje od 1. novembra 2024 je potrebno potrdilo o znanju slovenščine na ravni A2.',
    },
    ar: { title: 'الإقامة الدائمة' },
    fa: { title: 'اقامت دائم' },
    uk: { title: 'Постійне проживання' },
  },
  keyDates: ['residenceStartedOn', 'permitExpiresOn'],
  variants: [
    {
      id: 'general',
      text: {
        en: { label: '5 years of lawful residence' },
        sl: { label: '5 let zakonitega prebivanja' },
        ar: { label: '5 سنوات من الإقامة القانونية' },
        fa: { label: '۵ سال اقامت قانونی' },
        uk: { label: '5 років законного проживання' },
      },
    },
    {
      id: 'family_member',
      text: {
        en: { label: 'Family member of a refugee or permanent resident (2 years)' },
        sl: { label: 'Družinski član begunca ali tujca s stalnim prebivanjem (2 leti)' },
        ar: { label: 'فرد من عائلة لاجئ أو مقيم دائم (سنتان)' },
        fa: { label: 'عضو خانوادهٔ پناهنده یا دارندهٔ اقامت دائم (۲ سال)' },
        uk: { label: 'Член сім’ї біженця чи особи з постійним проживанням (2 роки)' },
      },
    },
  ],
  items: [
    {
      key: 'five_years_reached',
      variants: ['general'],
      text: {
        en: {
          label: '5 years of continuous lawful residence reached',
          handout:
            'You can apply for permanent residence after 5 years of continuous lawful residence. Absences must be shorter than 6 months in a row and 10 months in total. Time as a student counts half.',
          details: 'The date shown is 5 years from the date entered; adjust the start for study periods (counted half) and long absences.',
        },
        sl: {
          label: 'Doseženih 5 let neprekinjenega zakonitega prebivanja',
          handout:
            'Za stalno prebivanje lahko zaprosite po 5 letih neprekinjenega zakonitega prebivanja. Odsotnosti morajo biti krajše od 6 zaporednih mesecev in skupaj od 10 mesecev. Čas študija šteje polovično.',
          details: 'Prikazani datum je 5 let od vpisanega datuma; začetek prilagodite za študij (šteje polovično) in daljše odsotnosti.',
        },
        ar: {
          handout:
            'يمكنك طلب الإقامة الدائمة بعد 5 سنوات من الإقامة القانونية المتواصلة. يجب أن يكون الغياب أقل من 6 أشهر متتالية و10 أشهر إجمالًا. فترة الدراسة تُحتسب بالنصف.',
        },
        fa: {
          handout:
            'پس از ۵ سال اقامت قانونی پیوسته می‌توانید برای اقامت دائم درخواست بدهید. غیبت‌ها باید کمتر از ۶ ماه پشت سر هم و در مجموع کمتر از ۱۰ ماه باشد. دوران تحصیل نصف حساب می‌شود.',
        },
        uk: {
          handout:
            'Подати заяву на постійне проживання можна після 5 років безперервного законного проживання. Відсутність має бути коротшою за 6 місяців поспіль і 10 місяців загалом. Час навчання зараховується наполовину.',
        },
      },
      basis: [{ act: 'ZTuj-2' }],
      sources: [sources.ztuj2, sources.infotujci],
      confidence: 'H',
      deadline: {
        keyDate: 'residenceStartedOn',
        rule: { kind: 'monthsAfter', months: 60, onNonWorkingDay: 'keep' },
        meaning: 'availableFrom',
      },
    },
    {
      key: 'two_years_family_member',
      variants: ['family_member'],
      text: {
        en: {
          label: 'Family member: 2 years of residence reached',
          handout: 'As a family member of a refugee or of a person with permanent residence, you can apply after 2 years.',
        },
        sl: {
          label: 'Družinski član: doseženi 2 leti prebivanja',
          handout: 'Kot družinski član begunca ali osebe s stalnim prebivanjem lahko zaprosite po 2 letih.',
        },
        ar: { handout: 'بصفتك فردًا من عائلة لاجئ أو شخص لديه إقامة دائمة، يمكنك التقديم بعد سنتين.' },
        fa: { handout: 'به‌عنوان عضو خانوادهٔ پناهنده یا فردی با اقامت دائم، پس از ۲ سال می‌توانید درخواست بدهید.' },
        uk: { handout: 'Як член сім’ї біженця чи особи з постійним проживанням ви можете подати заяву через 2 роки.' },
      },
      basis: [{ act: 'ZTuj-2' }],
      sources: [sources.ztuj2, sources.infotujci],
      confidence: 'H',
      deadline: {
        keyDate: 'residenceStartedOn',
        rule: { kind: 'monthsAfter', months: 24, onNonWorkingDay: 'keep' },
        meaning: 'availableFrom',
      },
    },
    {
      key: 'a2_certificate',
      text: {
        en: {
          label: 'Slovene A2 certificate obtained',
          handout: 'Applications from 1 November 2024 need a certificate of Slovene at level A2. Enrol in a course and the exam early.',
        },
        sl: {
          label: 'Pridobljeno potrdilo o znanju slovenščine A2',
          handout: 'Za prošnje od 1. novembra 2024 je potrebno potrdilo o znanju slovenščine na ravni A2. Pravočasno se vpišite na tečaj in izpit.',
        },
        ar: { handout: 'الطلبات المقدمة منذ 1 نوفمبر 2024 تتطلب شهادة في اللغة السلوفينية بمستوى A2. سجّل في دورة وامتحان مبكرًا.' },
        fa: { handout: 'برای درخواست‌ها از ۱ نوامبر ۲۰۲۴ گواهی زبان اسلوونیایی در سطح A2 لازم است. زود در کلاس و آزمون ثبت‌نام کنید.' },
        uk: { handout: 'Для заяв, поданих від 1 листопада 2024 року, потрібен сертифікат зі словенської мови рівня A2. Запишіться на курс та іспит заздалегідь.' },
      },
      basis: [{ act: 'ZTuj-2' }],
      sources: [sources.ztuj2, sources.infotujci],
      confidence: 'H',
    },
    {
      key: 'temporary_permit_kept_valid',
      text: {
        en: {
          label: 'Temporary permit kept valid while the application is decided',
          handout:
            'Keep your temporary permit valid until you receive the decision on permanent residence. If it is about to expire, apply to extend it (about 1 month ahead).',
        },
        sl: {
          label: 'Dovoljenje za začasno prebivanje ostaja veljavno med odločanjem',
          handout:
            'Dovoljenje za začasno prebivanje naj ostane veljavno, dokler ne prejmete odločbe o stalnem prebivanju. Če bo poteklo, zaprosite za podaljšanje (približno 1 mesec prej).',
        },
        ar: {
          handout: 'حافظ على صلاحية تصريح إقامتك المؤقتة حتى تتلقى قرار الإقامة الدائمة. إذا كان على وشك الانتهاء، فقدّم طلب تمديده (قبل نحو شهر).',
        },
        fa: {
          handout: 'اجازهٔ اقامت موقت خود را تا دریافت تصمیم اقامت دائم معتبر نگه دارید. اگر رو به پایان است، حدود ۱ ماه زودتر درخواست تمدید بدهید.',
        },
        uk: {
          handout: 'Тримайте дозвіл на тимчасове проживання дійсним, доки не отримаєте рішення щодо постійного проживання. Якщо строк закінчується, подайте заяву на продовження (приблизно за 1 місяць).',
        },
      },
      basis: [{ act: 'ZTuj-2' }],
      sources: [sources.infotujci],
      confidence: 'H',
      deadline: {
        keyDate: 'permitExpiresOn',
        rule: { kind: 'monthsBefore', months: 1 },
        meaning: 'actBy',
        recommendation: true,
      },
    },
  ],
} satisfies TemplateDefinitionInput;

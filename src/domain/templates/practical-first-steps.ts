// Practical first steps people ask for after protection is granted. DOMAIN-SI.md lists
// them as needs without deadlines; the legal bases here are general and marked M
// ("verify"), because DOMAIN-SI gives no article for them.
import type { TemplateDefinitionInput } from '../template-definition.ts';
import { sources } from './sources.ts';

export const practicalFirstSteps = {
  id: 'practical-first-steps',
  version: 1,
  contentCheckedOn: '2026-11-21',
  category: 'practical',
  unreviewedLanguages: ['ar', 'fa', 'uk'],
  text: {
    en: {
      title: 'Practical first steps',
      summary: 'Health insurance, the Employment Service, a bank account and the Slovene course: what people need in the first weeks.',
    },
    sl: {
      title: 'Prvi praktični koraki',
      summary: 'Zdravstveno zavarovanje, Zavod za zaposlovanje, bančni račun in tečaj slovenščine: kar ljudje potrebujejo v prvih tednih.',
    },
    ar: { title: 'الخطوات العملية الأولى' },
    fa: { title: 'نخستین گام‌های عملی' },
    uk: { title: 'Перші практичні кроки' },
  },
  keyDates: [],
  items: [
    {
      key: 'health_insurance_registered',
      text: {
        en: {
          label: 'Registered for compulsory health insurance (ZZZS)',
          handout: 'Register for health insurance with the Health Insurance Institute (ZZZS) and get your health insurance card. Then choose a family doctor.',
        },
        sl: {
          label: 'Prijava v obvezno zdravstveno zavarovanje (ZZZS)',
          handout: 'Prijavite se v zdravstveno zavarovanje pri Zavodu za zdravstveno zavarovanje (ZZZS) in pridobite kartico zdravstvenega zavarovanja. Nato izberite osebnega zdravnika.',
        },
        ar: { handout: 'سجّل في التأمين الصحي لدى معهد التأمين الصحي (ZZZS) واحصل على بطاقة التأمين الصحي. ثم اختر طبيب العائلة.' },
        fa: { handout: 'در بیمهٔ درمانی نزد مؤسسهٔ بیمهٔ درمانی (ZZZS) ثبت‌نام کنید و کارت بیمه بگیرید. سپس پزشک خانواده انتخاب کنید.' },
        uk: { handout: 'Зареєструйтеся в обов’язковому медичному страхуванні в Інституті медичного страхування (ZZZS) і отримайте картку страхування. Потім оберіть сімейного лікаря.' },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.zzzs],
      confidence: 'M',
    },
    {
      key: 'employment_service_registered',
      text: {
        en: {
          label: 'Registered with the Employment Service (ZRSZ)',
          handout: 'Register with the Employment Service of Slovenia (ZRSZ). They help you look for work and training.',
        },
        sl: {
          label: 'Prijava na Zavodu za zaposlovanje (ZRSZ)',
          handout: 'Prijavite se na Zavodu RS za zaposlovanje (ZRSZ). Pomagajo pri iskanju dela in usposabljanju.',
        },
        ar: { handout: 'سجّل لدى دائرة التوظيف في سلوفينيا (ZRSZ). يساعدونك في البحث عن عمل وتدريب.' },
        fa: { handout: 'در ادارهٔ کاریابی اسلوونی (ZRSZ) ثبت‌نام کنید. آنها در یافتن کار و آموزش به شما کمک می‌کنند.' },
        uk: { handout: 'Зареєструйтеся в Службі зайнятості Словенії (ZRSZ). Там допомагають шукати роботу і навчання.' },
      },
      basis: [{ act: 'ZUTD' }],
      sources: [sources.ess, sources.zutd],
      confidence: 'M',
    },
    {
      key: 'bank_account_opened',
      text: {
        en: {
          label: 'Bank account opened (basic payment account)',
          handout: 'Open a bank account: allowances and wages are paid into it. Banks must offer a basic payment account also to asylum seekers and people without a fixed address.',
          details: 'Directive 2014/92/EU Art. 16 (right of access to a basic payment account, including asylum seekers); the Slovenian implementing act is not cited here: verify.',
        },
        sl: {
          label: 'Odprt bančni račun (osnovni plačilni račun)',
          handout: 'Odprite bančni račun: nanj se nakazujejo nadomestila in plače. Banke morajo osnovni plačilni račun ponuditi tudi prosilcem za azil in osebam brez stalnega naslova.',
          details: 'Direktiva 2014/92/EU, 16. člen (pravica do osnovnega plačilnega računa, tudi za prosilce za azil); slovenskega izvedbenega zakona tu ne navajamo: preverite.',
        },
        ar: { handout: 'افتح حسابًا مصرفيًا: تُدفع فيه البدلات والأجور. يجب على البنوك أن تقدم حسابًا أساسيًا للدفع أيضًا لطالبي اللجوء والأشخاص بلا عنوان ثابت.' },
        fa: { handout: 'یک حساب بانکی باز کنید: کمک‌هزینه‌ها و حقوق به آن واریز می‌شود. بانک‌ها باید حساب پرداخت پایه را به پناه‌جویان و افراد بدون نشانی ثابت هم ارائه دهند.' },
        uk: { handout: 'Відкрийте банківський рахунок: на нього виплачують допомогу і зарплату. Банки мають пропонувати базовий платіжний рахунок і шукачам притулку, і людям без постійної адреси.' },
      },
      basis: [{ act: 'Directive 2014/92/EU', article: '16' }],
      sources: [sources.paymentAccounts],
      confidence: 'M',
    },
    {
      key: 'slovene_course_enrolled',
      text: {
        en: {
          label: 'Enrolled in the Slovene language and society course',
          handout: 'Enrol in the course of Slovene language and society. Attend at least 80% of it: this matters for extending the accommodation allowance.',
        },
        sl: {
          label: 'Vpis v tečaj slovenskega jezika in spoznavanja družbe',
          handout: 'Vpišite se v tečaj slovenskega jezika in spoznavanja družbe. Obiščite vsaj 80 % ur: to je pomembno za podaljšanje denarnega nadomestila za nastanitev.',
        },
        ar: { handout: 'سجّل في دورة اللغة السلوفينية والتعرّف على المجتمع. احضر 80% منها على الأقل: هذا مهم لتمديد بدل السكن.' },
        fa: { handout: 'در کلاس زبان اسلوونیایی و آشنایی با جامعه ثبت‌نام کنید. دست‌کم در ۸۰٪ جلسات شرکت کنید: این برای تمدید کمک‌هزینهٔ مسکن مهم است.' },
        uk: { handout: 'Запишіться на курс словенської мови та знайомства із суспільством. Відвідайте щонайменше 80% занять: це важливо для продовження допомоги на житло.' },
      },
      basis: [{ act: 'ZMZ-1', article: '90b' }],
      sources: [sources.uoim],
      confidence: 'M',
    },
  ],
} satisfies TemplateDefinitionInput;

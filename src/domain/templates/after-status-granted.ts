// After international protection is granted: integration agreement, housing, allowance,
// residence. Facts and confidence marks: DOMAIN-SI.md, "After status is granted".
import type { TemplateDefinitionInput } from '../template-definition.ts';
import { sources } from './sources.ts';

export const afterStatusGranted = {
  id: 'after-status-granted',
  version: 1,
  contentCheckedOn: '2026-11-21',
  category: 'integration',
  unreviewedLanguages: ['ar', 'fa', 'uk'],
  text: {
    en: {
      title: 'After protection is granted',
      summary:
        'The first year after refugee status or subsidiary protection: the integration agreement with UOIM, the integration house, the allowance for private accommodation and the residence permit.',
    },
    sl: {
      title: 'Po priznanju zaščite',
      summary:
        'Prvo leto po priznanju statusa begunca ali subsidiarne zaščite: sporazum o integraciji z UOIM, integracijska hiša, denarno nadomestilo za nastanitev na zasebnem naslovu in dovoljenje za prebivanje.',
    },
    ar: { title: 'بعد منح الحماية' },
    fa: { title: 'پس از اعطای حمایت' },
    uk: { title: 'Після надання захисту' },
  },
  keyDates: ['statusGrantedOn', 'integrationAgreementSignedOn'],
  variants: [
    {
      id: 'refugee',
      text: {
        en: { label: 'Refugee status' },
        sl: { label: 'Status begunca' },
        ar: { label: 'صفة اللاجئ' },
        fa: { label: 'وضعیت پناهندگی' },
        uk: { label: 'Статус біженця' },
      },
    },
    {
      id: 'subsidiary',
      text: {
        en: { label: 'Subsidiary protection' },
        sl: { label: 'Subsidiarna zaščita' },
        ar: { label: 'الحماية الفرعية' },
        fa: { label: 'حمایت تکمیلی' },
        uk: { label: 'Додатковий захист' },
      },
    },
  ],
  items: [
    {
      key: 'integration_agreement_offered',
      text: {
        en: {
          label: 'Integration agreement offered by UOIM (within 1 month of status)',
          handout:
            'The Government Office for the Support and Integration of Migrants (UOIM) must offer you an integration agreement within 1 month of getting protection. Housing help and the allowance depend on signing it.',
        },
        sl: {
          label: 'UOIM ponudi sporazum o integraciji (v 1 mesecu od priznanja)',
          handout:
            'Urad vlade za oskrbo in integracijo migrantov (UOIM) vam mora v 1 mesecu od priznanja zaščite ponuditi sporazum o integraciji. Pomoč pri nastanitvi in denarno nadomestilo sta odvisna od podpisa.',
        },
        ar: {
          handout:
            'يجب على مكتب الحكومة لرعاية المهاجرين وإدماجهم (UOIM) أن يعرض عليك اتفاقية الإدماج خلال شهر واحد من حصولك على الحماية. تعتمد المساعدة في السكن والبدل المالي على توقيعها.',
        },
        fa: {
          handout:
            'ادارهٔ دولتی پشتیبانی و ادغام مهاجران (UOIM) باید ظرف ۱ ماه پس از دریافت حمایت، قرارداد ادغام را به شما پیشنهاد دهد. کمک مسکن و کمک‌هزینه به امضای آن بستگی دارد.',
        },
        uk: {
          handout:
            'Урядове управління з підтримки та інтеграції мігрантів (UOIM) має запропонувати вам угоду про інтеграцію протягом 1 місяця після надання захисту. Допомога з житлом і грошова допомога залежать від її підписання.',
        },
      },
      basis: [{ act: 'ZMZ-1', article: '90b' }],
      sources: [sources.zmz1, sources.uoim],
      confidence: 'H',
      deadline: {
        keyDate: 'statusGrantedOn',
        rule: { kind: 'monthsAfter', months: 1, onNonWorkingDay: 'nextWorkingDay' },
        meaning: 'authorityBy',
      },
    },
    {
      key: 'integration_agreement_signed',
      text: {
        en: {
          label: 'Integration agreement signed (date entered above)',
          handout: 'Sign the integration agreement and keep a copy. Tell your counselor the date you signed.',
        },
        sl: {
          label: 'Sporazum o integraciji podpisan (datum vpisan zgoraj)',
          handout: 'Podpišite sporazum o integraciji in shranite kopijo. Svetovalcu povejte datum podpisa.',
        },
        ar: { handout: 'وقّع اتفاقية الإدماج واحتفظ بنسخة منها. أخبر مستشارك بتاريخ التوقيع.' },
        fa: { handout: 'قرارداد ادغام را امضا کنید و یک نسخه نگه دارید. تاریخ امضا را به مشاور خود بگویید.' },
        uk: { handout: 'Підпишіть угоду про інтеграцію і збережіть копію. Повідомте консультанту дату підписання.' },
      },
      basis: [{ act: 'ZMZ-1', article: '90b' }],
      sources: [sources.zmz1, sources.uoim],
      confidence: 'H',
    },
    {
      key: 'integration_house_ends',
      text: {
        en: {
          label: 'Integration house: at most 1 year from status (extension up to 6 months)',
          handout:
            'You can live in an integration house for at most 1 year after you got protection. For health or other reasons a committee may extend this by up to 6 months. Start looking for a flat early.',
        },
        sl: {
          label: 'Integracijska hiša: največ 1 leto od priznanja (podaljšanje do 6 mesecev)',
          handout:
            'V integracijski hiši lahko živite največ 1 leto po priznanju zaščite. Zaradi zdravja ali drugih razlogov lahko komisija bivanje podaljša za največ 6 mesecev. Stanovanje začnite iskati zgodaj.',
        },
        ar: {
          handout:
            'يمكنك السكن في بيت الإدماج لمدة أقصاها سنة واحدة بعد حصولك على الحماية. لأسباب صحية أو أسباب أخرى قد تمدد لجنة هذه المدة حتى 6 أشهر. ابدأ البحث عن شقة مبكرًا.',
        },
        fa: {
          handout:
            'حداکثر ۱ سال پس از دریافت حمایت می‌توانید در خانهٔ ادغام زندگی کنید. به دلایل پزشکی یا دلایل دیگر، کمیسیون می‌تواند آن را تا ۶ ماه تمدید کند. زود دنبال آپارتمان بگردید.',
        },
        uk: {
          handout:
            'Ви можете жити в інтеграційному будинку щонайбільше 1 рік після надання захисту. Зі стану здоров’я чи з інших причин комісія може продовжити це до 6 місяців. Починайте шукати житло заздалегідь.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.uoim, sources.aida],
      confidence: 'H',
      deadline: {
        keyDate: 'statusGrantedOn',
        rule: { kind: 'monthsAfter', months: 12, onNonWorkingDay: 'keep' },
        meaning: 'endsOn',
      },
    },
    {
      key: 'private_accommodation_allowance',
      text: {
        en: {
          label: 'Allowance for private accommodation: 1 year from signing',
          handout:
            'If you rent a private flat, you receive an allowance for 1 year from signing the integration agreement. With your and the landlord’s consent it can be paid straight to the landlord.',
          details: 'Older sources saying "18 months" are outdated.',
        },
        sl: {
          label: 'Denarno nadomestilo za nastanitev na zasebnem naslovu: 1 leto od podpisa',
          handout:
            'Če najamete zasebno stanovanje, prejemate denarno nadomestilo 1 leto od podpisa sporazuma o integraciji. Z vašim soglasjem in soglasjem najemodajalca se lahko izplačuje neposredno najemodajalcu.',
          details: 'Starejši viri, ki navajajo "18 mesecev", so zastareli.',
        },
        ar: {
          handout:
            'إذا استأجرت شقة خاصة، تحصل على بدل لمدة سنة واحدة من توقيع اتفاقية الإدماج. بموافقتك وموافقة المالك يمكن دفعه مباشرة إلى المالك.',
        },
        fa: {
          handout:
            'اگر آپارتمان شخصی اجاره کنید، به مدت ۱ سال از امضای قرارداد ادغام کمک‌هزینه دریافت می‌کنید. با رضایت شما و صاحبخانه می‌توان آن را مستقیم به صاحبخانه پرداخت کرد.',
        },
        uk: {
          handout:
            'Якщо ви винаймаєте приватне житло, ви отримуєте грошову допомогу протягом 1 року від підписання угоди про інтеграцію. За вашою згодою і згодою орендодавця її можна виплачувати безпосередньо орендодавцю.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.uoim, sources.aida],
      confidence: 'H',
      deadline: {
        keyDate: 'integrationAgreementSignedOn',
        rule: { kind: 'monthsAfter', months: 12, onNonWorkingDay: 'keep' },
        meaning: 'endsOn',
      },
    },
    {
      key: 'allowance_extension_conditions',
      text: {
        en: {
          label: 'Allowance extension conditions tracked (80% course, monthly counsellor)',
          handout:
            'The allowance can be extended by 1 more year if you attend at least 80% of the Slovene language and society course and meet your integration counsellor at least once a month. Keep proof of attendance.',
          details: 'Longer while in school, up to age 26.',
        },
        sl: {
          label: 'Spremljani pogoji za podaljšanje nadomestila (80 % tečaja, mesečno svetovalec)',
          handout:
            'Nadomestilo se lahko podaljša še za 1 leto, če obiskujete vsaj 80 % tečaja slovenskega jezika in spoznavanja družbe ter se vsaj enkrat na mesec srečate z integracijskim svetovalcem. Shranite dokazila o udeležbi.',
          details: 'Dlje med šolanjem, do 26. leta.',
        },
        ar: {
          handout:
            'يمكن تمديد البدل لسنة أخرى إذا حضرت 80% على الأقل من دورة اللغة السلوفينية والمجتمع، والتقيت بمستشار الإدماج مرة واحدة على الأقل شهريًا. احتفظ بما يثبت حضورك.',
        },
        fa: {
          handout:
            'اگر دست‌کم ۸۰٪ کلاس‌های زبان اسلوونیایی و آشنایی با جامعه را بگذرانید و دست‌کم ماهی یک بار با مشاور ادغام دیدار کنید، کمک‌هزینه ۱ سال دیگر تمدید می‌شود. مدارک حضور را نگه دارید.',
        },
        uk: {
          handout:
            'Допомогу можна продовжити ще на 1 рік, якщо ви відвідуєте щонайменше 80% курсу словенської мови та суспільства і зустрічаєтеся з консультантом з інтеграції щонайменше раз на місяць. Зберігайте підтвердження відвідування.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.uoim, sources.aida],
      confidence: 'H',
    },
    {
      key: 'refugee_permit_card',
      variants: ['refugee'],
      text: {
        en: {
          label: 'Refugee: permanent residence from service; card (valid 10 years) collected',
          handout:
            'As a refugee you have permanent residence in Slovenia from the day the decision was served. Collect your residence card; it is valid for 10 years.',
        },
        sl: {
          label: 'Begunec: stalno prebivanje od vročitve; prevzeta izkaznica (velja 10 let)',
          handout:
            'Kot begunec imate stalno prebivanje v Sloveniji od dneva vročitve odločbe. Prevzemite dovoljenje za prebivanje; velja 10 let.',
        },
        ar: {
          handout: 'بصفتك لاجئًا لديك إقامة دائمة في سلوفينيا من يوم تبليغ القرار. استلم بطاقة الإقامة؛ فهي صالحة لمدة 10 سنوات.',
        },
        fa: {
          handout: 'به‌عنوان پناهنده، از روز ابلاغ تصمیم اقامت دائم در اسلوونی دارید. کارت اقامت خود را تحویل بگیرید؛ ۱۰ سال اعتبار دارد.',
        },
        uk: {
          handout: 'Як біженець ви маєте постійне проживання в Словенії від дня вручення рішення. Заберіть посвідку на проживання; вона дійсна 10 років.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.zmz1, sources.aida],
      confidence: 'H',
    },
    {
      key: 'subsidiary_permit',
      variants: ['subsidiary'],
      text: {
        en: {
          label: 'Subsidiary protection: temporary residence (1–5 years); expiry date entered in the extension checklist',
          handout:
            'With subsidiary protection you have temporary residence for the period in your decision (1 to 5 years). The extension must be requested in time: at least 30 days before it ends.',
        },
        sl: {
          label: 'Subsidiarna zaščita: začasno prebivanje (1–5 let); datum izteka vpisan v seznam za podaljšanje',
          handout:
            'S subsidiarno zaščito imate začasno prebivanje za obdobje iz odločbe (1 do 5 let). Podaljšanje morate zahtevati pravočasno: najmanj 30 dni pred iztekom.',
        },
        ar: {
          handout: 'مع الحماية الفرعية لديك إقامة مؤقتة للمدة المذكورة في قرارك (من سنة إلى 5 سنوات). يجب طلب التمديد في الوقت المناسب: قبل 30 يومًا على الأقل من انتهائها.',
        },
        fa: {
          handout: 'با حمایت تکمیلی، برای مدت ذکرشده در تصمیم (۱ تا ۵ سال) اقامت موقت دارید. تمدید را باید به‌موقع درخواست کنید: دست‌کم ۳۰ روز پیش از پایان آن.',
        },
        uk: {
          handout: 'З додатковим захистом ви маєте тимчасове проживання на строк, зазначений у рішенні (від 1 до 5 років). Продовження треба просити вчасно: щонайменше за 30 днів до його закінчення.',
        },
      },
      basis: [{ act: 'ZMZ-1', article: '66(3)' }],
      sources: [sources.zmz1],
      confidence: 'M',
    },
    {
      key: 'long_term_residence_time',
      text: {
        en: {
          label: 'Time counting toward long-term residence explained',
          handout:
            'For long-term resident status you need 5 years of residence. Half of the time you waited as an applicant counts, or all of it if you waited more than 18 months.',
        },
        sl: {
          label: 'Pojasnjeno, kateri čas šteje za status rezidenta za daljši čas',
          handout:
            'Za status rezidenta za daljši čas potrebujete 5 let prebivanja. Šteje polovica časa, ko ste čakali kot prosilec, ali ves ta čas, če ste čakali več kot 18 mesecev.',
        },
        ar: {
          handout: 'للحصول على صفة المقيم لمدة طويلة تحتاج إلى 5 سنوات من الإقامة. يُحتسب نصف المدة التي انتظرتها كطالب لجوء، أو كلها إذا انتظرت أكثر من 18 شهرًا.',
        },
        fa: {
          handout: 'برای وضعیت اقامت طولانی‌مدت به ۵ سال اقامت نیاز دارید. نیمی از مدتی که به‌عنوان متقاضی منتظر بودید حساب می‌شود، یا همهٔ آن اگر بیش از ۱۸ ماه منتظر بوده‌اید.',
        },
        uk: {
          handout: 'Для статусу довгострокового резидента потрібно 5 років проживання. Зараховується половина часу, який ви чекали як заявник, або весь цей час, якщо ви чекали понад 18 місяців.',
        },
      },
      basis: [{ act: 'ZTuj-2' }],
      sources: [sources.ztuj2, sources.aida],
      confidence: 'H',
    },
  ],
} satisfies TemplateDefinitionInput;

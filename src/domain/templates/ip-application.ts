// International protection (ZMZ-1): from the intention to apply to the decision.
// Facts and confidence marks: DOMAIN-SI.md, "International protection (ZMZ-1)".
import type { TemplateDefinitionInput } from '../template-definition.ts';
import { sources } from './sources.ts';

export const ipApplication = {
  id: 'ip-application',
  version: 1,
  contentCheckedOn: '2026-11-21',
  category: 'internationalProtection',
  unreviewedLanguages: ['ar', 'fa', 'uk'],
  text: {
    en: {
      title: 'International protection: from intention to decision',
      summary:
        'The steps of the asylum procedure under ZMZ-1, the rights while the application is pending, and the time limits of the Ministry of the Interior. The EU Pact on Migration and Asylum applies from 12 June 2026 and may change these steps and limits.',
    },
    sl: {
      title: 'Mednarodna zaščita: od namere do odločitve',
      summary:
        'Koraki azilnega postopka po ZMZ-1, pravice med postopkom in roki Ministrstva za notranje zadeve. Pakt EU o migracijah in azilu se uporablja od 12. junija 2026 in lahko spremeni te korake in roke.',
    },
    ar: { title: 'الحماية الدولية: من التعبير عن النية حتى القرار' },
    fa: { title: 'حمایت بین‌المللی: از اعلام قصد تا تصمیم' },
    uk: { title: 'Міжнародний захист: від наміру до рішення' },
  },
  keyDates: ['intentionExpressedOn', 'applicationLodgedOn'],
  items: [
    {
      key: 'intention_expressed',
      text: {
        en: {
          label: 'Intention to apply expressed to an authority',
          handout:
            'You told an authority that you want to apply for international protection. From that moment you may not be sent out of Slovenia.',
          details: 'The intention can be expressed to any state or local authority, which informs the police.',
        },
        sl: {
          label: 'Namera za vložitev prošnje izražena organu',
          handout:
            'Organu ste povedali, da želite zaprositi za mednarodno zaščito. Od tega trenutka vas ne smejo odstraniti iz Slovenije.',
          details: 'Namero je mogoče izraziti kateremukoli državnemu ali lokalnemu organu, ki o tem obvesti policijo.',
        },
        ar: {
          handout:
            'لقد أخبرت إحدى السلطات بأنك تريد تقديم طلب للحماية الدولية. منذ تلك اللحظة لا يجوز ترحيلك من سلوفينيا.',
        },
        fa: {
          handout:
            'شما به یک مقام رسمی گفته‌اید که می‌خواهید درخواست حمایت بین‌المللی بدهید. از همان لحظه نمی‌توانند شما را از اسلوونی بیرون کنند.',
        },
        uk: {
          handout:
            'Ви повідомили орган влади, що хочете подати заяву про міжнародний захист. З цього моменту вас не можуть вислати зі Словенії.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida, sources.zmz1],
      confidence: 'H',
    },
    {
      key: 'police_preliminary_procedure',
      text: {
        en: {
          label: 'Police preliminary procedure (with an interpreter)',
          handout:
            'The police check your identity and travel route, fill in a registration form and write down a short statement. You have the right to an interpreter.',
        },
        sl: {
          label: 'Predhodni postopek na policiji (s tolmačem)',
          handout:
            'Policija ugotovi vašo istovetnost in pot, izpolni registracijski obrazec in zapiše kratko izjavo. Imate pravico do tolmača.',
        },
        ar: {
          handout:
            'تتحقق الشرطة من هويتك ومن طريق سفرك، وتملأ استمارة تسجيل وتكتب إفادة قصيرة. من حقك الحصول على مترجم.',
        },
        fa: {
          handout:
            'پلیس هویت و مسیر سفر شما را بررسی می‌کند، فرم ثبت‌نام را پر می‌کند و یک اظهارنامهٔ کوتاه می‌نویسد. شما حق دارید مترجم داشته باشید.',
        },
        uk: {
          handout:
            'Поліція встановлює вашу особу та маршрут, заповнює реєстраційну форму і записує коротку заяву. Ви маєте право на перекладача.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida],
      confidence: 'H',
    },
    {
      key: 'application_lodged',
      text: {
        en: {
          label: 'Application lodged at the Asylum Home (Ljubljana or Logatec)',
          handout:
            'You lodge the application at the Asylum Home in Ljubljana or its branch in Logatec, after a medical check, a photo and fingerprints.',
          details: 'Fingerprints go to Eurodac. Write the lodging date on this checklist: the time limits below count from it.',
        },
        sl: {
          label: 'Prošnja vložena v Azilnem domu (Ljubljana ali Logatec)',
          handout:
            'Prošnjo vložite v Azilnem domu v Ljubljani ali v izpostavi v Logatcu, po zdravniškem pregledu, fotografiranju in odvzemu prstnih odtisov.',
          details: 'Prstni odtisi gredo v Eurodac. Datum vložitve vpišite v ta seznam: roki spodaj tečejo od njega.',
        },
        ar: {
          handout:
            'تقدّم الطلب في دار اللجوء في ليوبليانا أو في فرعها في لوغاتيتس، بعد فحص طبي والتقاط صورة وأخذ بصمات الأصابع.',
        },
        fa: {
          handout:
            'درخواست را در خانهٔ پناهندگی در لیوبلیانا یا شعبهٔ آن در لوگاتس ثبت می‌کنید، پس از معاینهٔ پزشکی، عکس و انگشت‌نگاری.',
        },
        uk: {
          handout:
            'Ви подаєте заяву в Будинку для шукачів притулку в Любляні або в його філії в Логатці після медичного огляду, фотографування та зняття відбитків пальців.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida, sources.zmz1],
      confidence: 'H',
    },
    {
      key: 'personal_interview',
      text: {
        en: {
          label: 'Personal interview with the Migration Directorate (MNZ)',
          handout:
            'An official of the Ministry of the Interior interviews you about your reasons. Tell everything that matters, ask for an interpreter you understand, and bring any documents you have.',
          details: 'There is a personal interview in the admissibility procedure too. Offer preparation with legal help (PIC).',
        },
        sl: {
          label: 'Osebni razgovor na Direktoratu za migracije (MNZ)',
          handout:
            'Uradnik Ministrstva za notranje zadeve vas vpraša o vaših razlogih. Povejte vse, kar je pomembno, zahtevajte tolmača, ki ga razumete, in prinesite dokumente, ki jih imate.',
          details: 'Osebni razgovor je tudi v postopku ugotavljanja dopustnosti. Ponudite pripravo s pravno pomočjo (PIC).',
        },
        ar: {
          handout:
            'يجري معك موظف من وزارة الداخلية مقابلة حول أسبابك. قل كل ما هو مهم، واطلب مترجمًا تفهمه، وأحضر أي وثائق لديك.',
        },
        fa: {
          handout:
            'یک کارمند وزارت کشور دربارهٔ دلایل شما با شما مصاحبه می‌کند. هر چیز مهمی را بگویید، مترجمی بخواهید که زبانش را می‌فهمید و هر مدرکی دارید همراه بیاورید.',
        },
        uk: {
          handout:
            'Працівник Міністерства внутрішніх справ проводить з вами співбесіду про ваші причини. Розкажіть усе важливе, вимагайте перекладача, якого ви розумієте, і принесіть документи, які маєте.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida],
      confidence: 'H',
    },
    {
      key: 'free_legal_help',
      text: {
        en: {
          label: 'Free legal help arranged (PIC; refugee counsellor for court)',
          handout:
            'You have the right to free legal help. In the first procedure PIC helps; for a court action a refugee counsellor appointed by the Ministry of Justice helps you.',
        },
        sl: {
          label: 'Urejena brezplačna pravna pomoč (PIC; svetovalec za begunce na sodišču)',
          handout:
            'Imate pravico do brezplačne pravne pomoči. Na prvi stopnji pomaga PIC, pri tožbi pa svetovalec za begunce, ki ga imenuje Ministrstvo za pravosodje.',
        },
        ar: {
          handout:
            'من حقك الحصول على مساعدة قانونية مجانية. في المرحلة الأولى تساعدك منظمة PIC، وفي الدعوى أمام المحكمة يساعدك مستشار للاجئين تعيّنه وزارة العدل.',
        },
        fa: {
          handout:
            'شما حق کمک حقوقی رایگان دارید. در مرحلهٔ اول سازمان PIC کمک می‌کند و برای شکایت در دادگاه، مشاور پناهندگان که وزارت دادگستری تعیین می‌کند به شما کمک می‌کند.',
        },
        uk: {
          handout:
            'Ви маєте право на безоплатну правову допомогу. На першому етапі допомагає PIC, а для позову до суду — консультант для біженців, призначений Міністерством юстиції.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida],
      confidence: 'H',
    },
    {
      key: 'health_care',
      text: {
        en: {
          label: 'Health care for applicants explained',
          handout:
            'While you wait for the decision you have urgent medical care, emergency dental care and health care for women. Children, and students up to 26, are fully covered.',
        },
        sl: {
          label: 'Pojasnjeno zdravstveno varstvo prosilcev',
          handout:
            'Med čakanjem na odločitev imate nujno zdravljenje, nujno zobozdravstveno oskrbo in zdravstveno varstvo žensk. Otroci in študenti do 26. leta so v celoti zavarovani.',
        },
        ar: {
          handout:
            'خلال انتظار القرار يحق لك العلاج الطبي العاجل وعلاج الأسنان الطارئ والرعاية الصحية للنساء. الأطفال والطلاب حتى سن 26 مشمولون بالكامل.',
        },
        fa: {
          handout:
            'در مدتی که منتظر تصمیم هستید، درمان فوری، دندانپزشکی اورژانسی و مراقبت بهداشتی زنان را دارید. کودکان و دانشجویان تا ۲۶ سال کاملاً تحت پوشش هستند.',
        },
        uk: {
          handout:
            'Поки ви чекаєте на рішення, вам доступні невідкладна медична допомога, невідкладна стоматологічна допомога та медична допомога для жінок. Діти та студенти до 26 років мають повне покриття.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida],
      confidence: 'H',
    },
    {
      key: 'stay_at_asylum_home',
      text: {
        en: {
          label: 'Warned: absence of more than 3 days ends the application',
          handout:
            'Do not leave the Asylum Home for more than 3 days without a justified reason: your application would be treated as withdrawn.',
        },
        sl: {
          label: 'Opozorjen: odsotnost več kot 3 dni pomeni umik prošnje',
          handout:
            'Azilnega doma ne zapustite za več kot 3 dni brez upravičenega razloga: šteje se, da ste prošnjo umaknili.',
        },
        ar: {
          handout:
            'لا تغادر دار اللجوء لأكثر من 3 أيام دون سبب مبرر، وإلا سيُعتبر طلبك مسحوبًا.',
        },
        fa: {
          handout:
            'بیش از ۳ روز بدون دلیل موجه خانهٔ پناهندگی را ترک نکنید، وگرنه درخواست شما پس‌گرفته‌شده تلقی می‌شود.',
        },
        uk: {
          handout:
            'Не залишайте Будинок для шукачів притулку більш ніж на 3 дні без поважної причини: інакше вашу заяву вважатимуть відкликаною.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida],
      confidence: 'M',
    },
    {
      key: 'right_to_work',
      text: {
        en: {
          label: 'Access to work: 3 months after lodging, if still no decision',
          handout:
            'If there is still no decision 3 months after you lodged the application, and the delay is not your fault, you may work.',
          details:
            'ZMZ-1 Art. 87(1) as changed in 2023; older sources say 9 months. Apply for the permission at the Ministry of the Interior.',
        },
        sl: {
          label: 'Dostop do trga dela: 3 mesece po vložitvi, če odločitve še ni',
          handout:
            'Če 3 mesece po vložitvi prošnje odločitve še ni in zamuda ni vaša krivda, lahko delate.',
          details: '87. člen (1) ZMZ-1, kot je bil spremenjen leta 2023; starejši viri navajajo 9 mesecev.',
        },
        ar: {
          handout:
            'إذا لم يصدر قرار بعد 3 أشهر من تقديم طلبك، ولم يكن التأخير بسببك، يحق لك العمل.',
        },
        fa: {
          handout:
            'اگر ۳ ماه پس از ثبت درخواست هنوز تصمیمی گرفته نشده باشد و تأخیر تقصیر شما نباشد، می‌توانید کار کنید.',
        },
        uk: {
          handout:
            'Якщо через 3 місяці після подання заяви рішення ще немає і затримка сталася не з вашої вини, ви можете працювати.',
        },
      },
      basis: [{ act: 'ZMZ-1', article: '87(1)' }],
      sources: [sources.zmz1, sources.aida],
      confidence: 'H',
      deadline: {
        keyDate: 'applicationLodgedOn',
        rule: { kind: 'monthsAfter', months: 3, onNonWorkingDay: 'keep' },
        meaning: 'availableFrom',
      },
    },
    {
      key: 'decision_time_limit',
      text: {
        en: {
          label: 'Decision due within 6 months (regular procedure)',
          handout:
            'In the regular procedure the Ministry should decide within 6 months of the application. It may extend this by up to 9 months and then by 3 more.',
        },
        sl: {
          label: 'Odločitev v 6 mesecih (redni postopek)',
          handout:
            'V rednem postopku naj bi ministrstvo odločilo v 6 mesecih od vložitve prošnje. Rok lahko podaljša za največ 9 mesecev in nato še za 3.',
        },
        ar: {
          handout:
            'في الإجراء العادي يجب أن تقرر الوزارة خلال 6 أشهر من تقديم الطلب، ويمكنها تمديد المدة حتى 9 أشهر ثم 3 أشهر أخرى.',
        },
        fa: {
          handout:
            'در روال عادی، وزارت باید ظرف ۶ ماه از ثبت درخواست تصمیم بگیرد. می‌تواند این مدت را تا ۹ ماه و سپس ۳ ماه دیگر تمدید کند.',
        },
        uk: {
          handout:
            'У звичайній процедурі міністерство має ухвалити рішення протягом 6 місяців від подання заяви. Цей строк можуть продовжити до 9 місяців, а потім ще на 3.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida, sources.zmz1],
      confidence: 'H',
      deadline: {
        keyDate: 'applicationLodgedOn',
        rule: { kind: 'monthsAfter', months: 6, onNonWorkingDay: 'nextWorkingDay' },
        meaning: 'authorityBy',
      },
    },
    {
      key: 'decision_time_limit_accelerated',
      text: {
        en: {
          label: 'Accelerated procedure: decision within 2 months (unverified)',
          handout: 'In an accelerated procedure the decision may come within about 2 months. Ask your legal adviser.',
          details: 'Marked low confidence in our sources: verify before relying on it.',
        },
        sl: {
          label: 'Pospešeni postopek: odločitev v 2 mesecih (nepreverjeno)',
          handout: 'V pospešenem postopku je odločitev lahko izdana v približno 2 mesecih. Vprašajte svojega pravnega svetovalca.',
          details: 'V naših virih označeno z nizko zanesljivostjo: preverite, preden se zanesete nanj.',
        },
        ar: {
          handout: 'في الإجراء المعجّل قد يصدر القرار خلال شهرين تقريبًا. اسأل مستشارك القانوني.',
        },
        fa: {
          handout: 'در روال سریع ممکن است تصمیم حدود ۲ ماه بعد صادر شود. از مشاور حقوقی خود بپرسید.',
        },
        uk: {
          handout: 'У прискореній процедурі рішення може бути ухвалене приблизно за 2 місяці. Запитайте свого юридичного консультанта.',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida],
      confidence: 'L',
      deadline: {
        keyDate: 'applicationLodgedOn',
        rule: { kind: 'monthsAfter', months: 2, onNonWorkingDay: 'nextWorkingDay' },
        meaning: 'authorityBy',
      },
    },
    {
      key: 'subsequent_application',
      text: {
        en: {
          label: 'Subsequent application considered, if relevant (Art. 64)',
          handout: 'If new facts appear after a final decision, a new (subsequent) application may be possible. Ask your legal adviser.',
          details: 'ZMZ-1 Art. 64. No filing deadline was found in our sources.',
        },
        sl: {
          label: 'Preučena ponovna prošnja, če je smiselna (64. člen)',
          handout: 'Če se po pravnomočni odločitvi pojavijo nova dejstva, je morda mogoča ponovna prošnja. Vprašajte svojega pravnega svetovalca.',
          details: '64. člen ZMZ-1. Roka za vložitev v naših virih nismo našli.',
        },
        ar: {
          handout: 'إذا ظهرت وقائع جديدة بعد قرار نهائي، فقد يكون تقديم طلب لاحق ممكنًا. اسأل مستشارك القانوني.',
        },
        fa: {
          handout: 'اگر پس از تصمیم نهایی واقعیت‌های تازه‌ای پیدا شود، شاید بتوانید درخواست دوباره بدهید. از مشاور حقوقی خود بپرسید.',
        },
        uk: {
          handout: 'Якщо після остаточного рішення з’являться нові факти, можливо, вдасться подати повторну заяву. Запитайте свого юридичного консультанта.',
        },
      },
      basis: [{ act: 'ZMZ-1', article: '64' }],
      sources: [sources.zmz1],
      confidence: 'M',
    },
  ],
} satisfies TemplateDefinitionInput;

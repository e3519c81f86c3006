// A decision on international protection and the court action (tožba) against it.
// Facts and confidence marks: DOMAIN-SI.md, "Computing a deadline" and "Court action".
// Deadlines count from service of the decision; when only a delivery notice is known,
// from the deemed service date (ZUP Art. 87(4)), see checklist-due.ts.
import type { TemplateDefinitionInput } from '../template-definition.ts';
import { sources } from './sources.ts';

export const decisionCourtAction = {
  id: 'decision-court-action',
  version: 1,
  contentCheckedOn: '2026-11-21',
  category: 'internationalProtection',
  unreviewedLanguages: ['ar', 'fa', 'uk'],
  text: {
    en: {
      title: 'Decision and court action',
      summary:
        'What to do when a decision on international protection is served: the kind of decision, the time for a court action at the Administrative Court, the interim order, and detention. Choose the kind of decision to see only its deadline. The EU Pact on Migration and Asylum applies from 12 June 2026 and may change these time limits.',
    },
    sl: {
      title: 'Odločitev in tožba',
      summary:
        'Kaj storiti, ko je vročena odločba o mednarodni zaščiti: vrsta odločbe, rok za tožbo na Upravnem sodišču, začasna odredba in pridržanje. Izberite vrsto odločbe, da vidite le njen rok. Pakt EU o migracijah in azilu se uporablja od 12. junija 2026 in lahko spremeni te roke.',
    },
    ar: { title: 'القرار والدعوى أمام المحكمة' },
    fa: { title: 'تصمیم و شکایت به دادگاه' },
    uk: { title: 'Рішення і позов до суду' },
  },
  keyDates: ['decisionServedOn', 'deliveryNoticeLeftOn', 'detentionOrderServedOn', 'obstacleEndedOn'],
  variants: [
    {
      id: 'regular',
      text: {
        en: { label: 'Rejected in the regular procedure' },
        sl: { label: 'Zavrnjena v rednem postopku' },
        ar: { label: 'رفض في الإجراء العادي' },
        fa: { label: 'رد در روال عادی' },
        uk: { label: 'Відмова у звичайній процедурі' },
      },
    },
    {
      id: 'accelerated',
      text: {
        en: { label: 'Rejected as manifestly unfounded (accelerated procedure)' },
        sl: { label: 'Zavrnjena kot očitno neutemeljena (pospešeni postopek)' },
        ar: { label: 'رفض لعدم الأساس الواضح (إجراء معجّل)' },
        fa: { label: 'رد به‌عنوان آشکارا بی‌اساس (روال سریع)' },
        uk: { label: 'Відмова як явно необґрунтованої (прискорена процедура)' },
      },
    },
    {
      id: 'inadmissible',
      text: {
        en: { label: 'Dismissed as inadmissible (incl. Dublin, safe third country)' },
        sl: { label: 'Zavržena kot nedopustna (vključno z dublinskim postopkom in varno tretjo državo)' },
        ar: { label: 'رفض لعدم القبول (بما في ذلك دبلن والبلد الثالث الآمن)' },
        fa: { label: 'رد به دلیل غیرقابل‌قبول بودن (از جمله دوبلین و کشور ثالث امن)' },
        uk: { label: 'Залишено без розгляду як неприйнятну (зокрема Дублін, безпечна третя країна)' },
      },
    },
  ],
  items: [
    {
      key: 'service_date_recorded',
      text: {
        en: {
          label: 'Service date recorded (or the date the delivery notice was left)',
          handout:
            'Keep the envelope and the decision. The time for a court action starts the day after you received the decision. If you were not at home and a notice was left, the decision counts as received 15 days after the notice, even if you did not collect it.',
          details:
            'ZUP Art. 87(4): with a delivery notice, service is deemed on the 15th day; this period is not moved by weekends or holidays (Supreme Court, principled opinion of 14 Jan 2015). Enter the notice date if the service date is unknown.',
        },
        sl: {
          label: 'Vpisan datum vročitve (ali datum puščenega obvestila)',
          handout:
            'Shranite kuverto in odločbo. Rok za tožbo začne teči dan po tem, ko ste odločbo prejeli. Če vas ni bilo doma in je bilo puščeno obvestilo, se šteje, da ste odločbo prejeli 15 dni po obvestilu, tudi če je niste prevzeli.',
          details:
            '87. člen (4) ZUP: pri puščenem obvestilu se šteje, da je vročitev opravljena 15. dan; ta rok se ne podaljša zaradi sobot, nedelj ali praznikov (načelno pravno mnenje Vrhovnega sodišča z dne 14. 1. 2015).',
        },
        ar: {
          handout:
            'احتفظ بالظرف وبالقرار. تبدأ مهلة رفع الدعوى في اليوم التالي لاستلامك القرار. إذا لم تكن في المنزل وتُرك لك إشعار، يُعتبر القرار مستلمًا بعد 15 يومًا من الإشعار حتى لو لم تستلمه.',
        },
        fa: {
          handout:
            'پاکت و تصمیم را نگه دارید. مهلت شکایت از روز بعد از دریافت تصمیم شروع می‌شود. اگر خانه نبودید و برگهٔ اطلاع‌رسانی گذاشته شد، ۱۵ روز پس از آن برگه، تصمیم دریافت‌شده حساب می‌شود، حتی اگر آن را تحویل نگرفته باشید.',
        },
        uk: {
          handout:
            'Збережіть конверт і рішення. Строк для позову починається наступного дня після того, як ви отримали рішення. Якщо вас не було вдома і залишили повідомлення, рішення вважається отриманим через 15 днів після повідомлення, навіть якщо ви його не забрали.',
        },
      },
      basis: [{ act: 'ZUP', article: '87(4)' }, { act: 'ZUP', article: '100' }],
      sources: [sources.zup],
      confidence: 'H',
    },
    {
      key: 'decision_type_identified',
      text: {
        en: {
          label: 'Kind of decision identified',
          handout: 'Your adviser reads the decision with you and explains what it means for you.',
          details:
            'Refugee status (also a permanent residence permit from service); subsidiary protection (temporary residence 1 to 5 years); rejected in the regular procedure; rejected as manifestly unfounded in the accelerated procedure (Art. 49(1), grounds Art. 52); dismissed as inadmissible (Art. 51: protection in another EU state, first country of asylum, safe third country, Dublin).',
        },
        sl: {
          label: 'Ugotovljena vrsta odločbe',
          handout: 'Svetovalec z vami prebere odločbo in vam pojasni, kaj pomeni za vas.',
          details:
            'Status begunca (hkrati dovoljenje za stalno prebivanje od vročitve); subsidiarna zaščita (začasno prebivanje 1 do 5 let); zavrnitev v rednem postopku; zavrnitev kot očitno neutemeljene v pospešenem postopku (49. člen (1), razlogi 52. člen); zavrženje kot nedopustne (51. člen: zaščita v drugi državi EU, prva država azila, varna tretja država, dublinski postopek).',
        },
        ar: { handout: 'يقرأ معك مستشارك القرار ويشرح لك ما يعنيه بالنسبة إليك.' },
        fa: { handout: 'مشاور شما تصمیم را با شما می‌خواند و توضیح می‌دهد که برای شما چه معنایی دارد.' },
        uk: { handout: 'Ваш консультант прочитає з вами рішення і пояснить, що воно для вас означає.' },
      },
      basis: [
        { act: 'ZMZ-1', article: '49(1)' },
        { act: 'ZMZ-1', article: '51' },
        { act: 'ZMZ-1', article: '52' },
      ],
      sources: [sources.zmz1, sources.aida],
      confidence: 'H',
    },
    {
      key: 'legal_help_contacted',
      text: {
        en: {
          label: 'Refugee counsellor or PIC contacted at once',
          handout:
            'Contact your legal adviser immediately: the time for a court action is short. Free legal help is available (refugee counsellors, PIC).',
        },
        sl: {
          label: 'Takoj obveščen svetovalec za begunce ali PIC',
          handout:
            'Takoj se obrnite na pravnega svetovalca: rok za tožbo je kratek. Na voljo je brezplačna pravna pomoč (svetovalci za begunce, PIC).',
        },
        ar: {
          handout: 'تواصل فورًا مع مستشارك القانوني: مهلة رفع الدعوى قصيرة. المساعدة القانونية المجانية متاحة (مستشارو اللاجئين، PIC).',
        },
        fa: {
          handout: 'فوراً با مشاور حقوقی خود تماس بگیرید: مهلت شکایت کوتاه است. کمک حقوقی رایگان در دسترس است (مشاوران پناهندگان، PIC).',
        },
        uk: {
          handout: 'Негайно зверніться до юридичного консультанта: строк для позову короткий. Доступна безоплатна правова допомога (консультанти для біженців, PIC).',
        },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida],
      confidence: 'H',
    },
    {
      key: 'court_action_regular',
      variants: ['regular'],
      text: {
        en: {
          label: 'Court action filed: 15 days (regular procedure)',
          handout:
            'You can challenge the decision at the Administrative Court within 15 days. While the action is pending you may not be removed.',
          details: 'The action suspends removal.',
        },
        sl: {
          label: 'Vložena tožba: 15 dni (redni postopek)',
          handout:
            'Odločbo lahko izpodbijate s tožbo na Upravnem sodišču v 15 dneh. Med postopkom vas ne smejo odstraniti.',
          details: 'Tožba zadrži odstranitev.',
        },
        ar: {
          handout: 'يمكنك الطعن في القرار أمام المحكمة الإدارية خلال 15 يومًا. لا يجوز ترحيلك ما دامت الدعوى قائمة.',
        },
        fa: {
          handout: 'می‌توانید ظرف ۱۵ روز در دادگاه اداری به تصمیم اعتراض کنید. تا زمانی که شکایت در جریان است نمی‌توانند شما را اخراج کنند.',
        },
        uk: {
          handout: 'Ви можете оскаржити рішення в Адміністративному суді протягом 15 днів. Поки триває розгляд позову, вас не можуть вислати.',
        },
      },
      basis: [{ act: 'ZMZ-1', article: '70' }],
      sources: [sources.zmz1, sources.aida],
      confidence: 'M',
      deadline: {
        keyDate: 'decisionServedOn',
        rule: { kind: 'legalDaysAfter', days: 15 },
        meaning: 'actBy',
      },
    },
    {
      key: 'court_action_accelerated',
      variants: ['accelerated'],
      text: {
        en: {
          label: 'Court action filed: 8 days (accelerated procedure)',
          handout:
            'You can challenge the decision at the Administrative Court within 8 days. Ask at the same time for an interim order so that you are not removed before the court decides.',
        },
        sl: {
          label: 'Vložena tožba: 8 dni (pospešeni postopek)',
          handout:
            'Odločbo lahko izpodbijate s tožbo na Upravnem sodišču v 8 dneh. Hkrati predlagajte začasno odredbo, da vas ne odstranijo, preden sodišče odloči.',
        },
        ar: {
          handout: 'يمكنك الطعن في القرار أمام المحكمة الإدارية خلال 8 أيام. واطلب في الوقت نفسه أمرًا مؤقتًا حتى لا يتم ترحيلك قبل أن تقرر المحكمة.',
        },
        fa: {
          handout: 'می‌توانید ظرف ۸ روز در دادگاه اداری به تصمیم اعتراض کنید. همزمان دستور موقت بخواهید تا پیش از تصمیم دادگاه اخراج نشوید.',
        },
        uk: {
          handout: 'Ви можете оскаржити рішення в Адміністративному суді протягом 8 днів. Одночасно попросіть тимчасовий захід, щоб вас не вислали до рішення суду.',
        },
      },
      basis: [{ act: 'ZMZ-1', article: '70' }],
      sources: [sources.zmz1, sources.aida],
      confidence: 'M',
      deadline: {
        keyDate: 'decisionServedOn',
        rule: { kind: 'legalDaysAfter', days: 8 },
        meaning: 'actBy',
      },
    },
    {
      key: 'court_action_inadmissible',
      variants: ['inadmissible'],
      text: {
        en: {
          label: 'Court action filed: 3 days (inadmissible, Dublin) — verify',
          handout:
            'You can challenge the decision at the Administrative Court within 3 days. Ask at the same time for an interim order so that you are not transferred or removed before the court decides.',
          details:
            '3 days per AIDA after the amendment ZMZ-1A (Uradni list RS 54/2021); older sources say 8 days. Treat it as 3 days and verify.',
        },
        sl: {
          label: 'Vložena tožba: 3 dni (nedopustna, dublinski postopek) — preverite',
          handout:
            'Odločbo lahko izpodbijate s tožbo na Upravnem sodišču v 3 dneh. Hkrati predlagajte začasno odredbo, da vas ne predajo ali odstranijo, preden sodišče odloči.',
          details:
            '3 dni po poročilu AIDA po noveli ZMZ-1A (Uradni list RS, št. 54/2021); starejši viri navajajo 8 dni. Upoštevajte 3 dni in preverite.',
        },
        ar: {
          handout: 'يمكنك الطعن في القرار أمام المحكمة الإدارية خلال 3 أيام. واطلب في الوقت نفسه أمرًا مؤقتًا حتى لا يتم نقلك أو ترحيلك قبل أن تقرر المحكمة.',
        },
        fa: {
          handout: 'می‌توانید ظرف ۳ روز در دادگاه اداری به تصمیم اعتراض کنید. همزمان دستور موقت بخواهید تا پیش از تصمیم دادگاه منتقل یا اخراج نشوید.',
        },
        uk: {
          handout: 'Ви можете оскаржити рішення в Адміністративному суді протягом 3 днів. Одночасно попросіть тимчасовий захід, щоб вас не передали чи не вислали до рішення суду.',
        },
      },
      basis: [{ act: 'ZMZ-1', article: '70' }, { act: 'ZMZ-1A' }],
      sources: [sources.aida, sources.zmz1],
      confidence: 'M',
      deadline: {
        keyDate: 'decisionServedOn',
        rule: { kind: 'legalDaysAfter', days: 3 },
        meaning: 'actBy',
        basis: [{ act: 'ZMZ-1', article: '70' }],
      },
    },
    {
      key: 'interim_order_requested',
      variants: ['accelerated', 'inadmissible'],
      text: {
        en: {
          label: 'Interim order requested together with the action',
          handout: 'Together with the court action, ask the court for an interim order so that you can stay until it decides.',
          details: 'The action does not by itself suspend removal here: file the request with the action, by the same deadline.',
        },
        sl: {
          label: 'Skupaj s tožbo predlagana začasna odredba',
          handout: 'Skupaj s tožbo predlagajte sodišču začasno odredbo, da lahko ostanete, dokler ne odloči.',
          details: 'Tožba tu sama ne zadrži odstranitve: predlog vložite s tožbo, v istem roku.',
        },
        ar: { handout: 'مع الدعوى، اطلب من المحكمة أمرًا مؤقتًا لتتمكن من البقاء حتى تقرر.' },
        fa: { handout: 'همراه با شکایت، از دادگاه دستور موقت بخواهید تا بتوانید تا زمان تصمیم دادگاه بمانید.' },
        uk: { handout: 'Разом із позовом попросіть суд про тимчасовий захід, щоб ви могли залишитися до його рішення.' },
      },
      basis: [{ act: 'ZUS-1', article: '32' }, { act: 'ZMZ-1', article: '70' }],
      sources: [sources.zus1, sources.aida],
      confidence: 'M',
    },
    {
      key: 'court_action_detention',
      text: {
        en: {
          label: 'Court action against detention: 3 days from notification',
          handout:
            'If your movement was restricted (detention), you can challenge it at the Administrative Court within 3 days. The court decides within 3 days.',
        },
        sl: {
          label: 'Tožba zoper pridržanje: 3 dni od seznanitve',
          handout:
            'Če vam je bilo omejeno gibanje (pridržanje), lahko to izpodbijate na Upravnem sodišču v 3 dneh. Sodišče odloči v 3 dneh.',
        },
        ar: {
          handout: 'إذا تم تقييد حريتك في التنقل (احتجاز)، يمكنك الطعن في ذلك أمام المحكمة الإدارية خلال 3 أيام. وتقرر المحكمة خلال 3 أيام.',
        },
        fa: {
          handout: 'اگر آزادی رفت‌وآمد شما محدود شده (بازداشت)، می‌توانید ظرف ۳ روز در دادگاه اداری اعتراض کنید. دادگاه ظرف ۳ روز تصمیم می‌گیرد.',
        },
        uk: {
          handout: 'Якщо вашу свободу пересування обмежили (затримання), ви можете оскаржити це в Адміністративному суді протягом 3 днів. Суд ухвалює рішення протягом 3 днів.',
        },
      },
      basis: [{ act: 'ZMZ-1', article: '84' }],
      sources: [sources.zmz1, sources.aida],
      confidence: 'H',
      deadline: {
        keyDate: 'detentionOrderServedOn',
        rule: { kind: 'legalDaysAfter', days: 3 },
        meaning: 'actBy',
      },
    },
    {
      key: 'supreme_court_appeal',
      text: {
        en: {
          label: 'Appeal to the Supreme Court considered (deadline unverified)',
          handout: 'If the Administrative Court rules against you, an appeal to the Supreme Court may be possible. Ask your legal adviser at once.',
          details: 'ZMZ-1 Art. 70(4) allows it; the deadline is unverified in our sources: check it in the judgment’s instructions.',
        },
        sl: {
          label: 'Preučena pritožba na Vrhovno sodišče (rok nepreverjen)',
          handout: 'Če Upravno sodišče odloči v vašo škodo, je morda mogoča pritožba na Vrhovno sodišče. Takoj vprašajte svojega pravnega svetovalca.',
          details: '70. člen (4) ZMZ-1 jo dovoljuje; rok v naših virih ni preverjen: preverite ga v pravnem pouku sodbe.',
        },
        ar: { handout: 'إذا حكمت المحكمة الإدارية ضدك، فقد يكون الاستئناف أمام المحكمة العليا ممكنًا. اسأل مستشارك القانوني فورًا.' },
        fa: { handout: 'اگر دادگاه اداری علیه شما رأی دهد، شاید بتوانید به دیوان عالی تجدیدنظر بدهید. فوراً از مشاور حقوقی خود بپرسید.' },
        uk: { handout: 'Якщо Адміністративний суд вирішить не на вашу користь, можливо, вдасться оскаржити рішення у Верховному суді. Негайно запитайте свого юридичного консультанта.' },
      },
      basis: [{ act: 'ZMZ-1', article: '70(4)' }],
      sources: [sources.zmz1],
      confidence: 'L',
    },
    {
      key: 'missed_deadline_restoration',
      text: {
        en: {
          label: 'Missed a deadline? Restoration requested within 8 days of the obstacle ending',
          handout:
            'If you could not file in time for a serious reason (for example illness), you can ask to restore the deadline within 8 days after the obstacle ended.',
        },
        sl: {
          label: 'Zamujen rok? Predlog za vrnitev v prejšnje stanje v 8 dneh po prenehanju ovire',
          handout:
            'Če zaradi resnega razloga (na primer bolezni) niste mogli pravočasno vložiti, lahko v 8 dneh po prenehanju ovire predlagate vrnitev v prejšnje stanje.',
        },
        ar: {
          handout: 'إذا لم تتمكن من تقديم الطلب في الوقت المحدد لسبب جدي (مثل المرض)، يمكنك طلب إعادة المهلة خلال 8 أيام من زوال العائق.',
        },
        fa: {
          handout: 'اگر به دلیلی جدی (مثلاً بیماری) نتوانستید به‌موقع اقدام کنید، می‌توانید ظرف ۸ روز پس از رفع مانع درخواست بازگرداندن مهلت بدهید.',
        },
        uk: {
          handout: 'Якщо ви не змогли подати вчасно з поважної причини (наприклад, через хворобу), ви можете протягом 8 днів після усунення перешкоди попросити поновити строк.',
        },
      },
      basis: [{ act: 'ZUS-1', article: '24(2)' }],
      sources: [sources.zus1],
      confidence: 'H',
      deadline: {
        keyDate: 'obstacleEndedOn',
        rule: { kind: 'legalDaysAfter', days: 8 },
        meaning: 'actBy',
      },
    },
    {
      key: 'filing_by_registered_post',
      text: {
        en: {
          label: 'If posted: sent by registered post and receipt kept',
          handout: 'If you send the action by post, send it by registered post and keep the receipt: the posting day counts as the filing day.',
          details: 'ZPP Art. 112(2), applied in administrative disputes.',
        },
        sl: {
          label: 'Če po pošti: poslano priporočeno, potrdilo shranjeno',
          handout: 'Če tožbo pošljete po pošti, jo pošljite priporočeno in shranite potrdilo: dan oddaje na pošti šteje za dan vložitve.',
          details: '112. člen (2) ZPP, ki se uporablja v upravnem sporu.',
        },
        ar: { handout: 'إذا أرسلت الدعوى بالبريد، فأرسلها بالبريد المسجل واحتفظ بالإيصال: يُعتبر يوم الإرسال يوم التقديم.' },
        fa: { handout: 'اگر شکایت را با پست می‌فرستید، سفارشی بفرستید و رسید را نگه دارید: روز ارسال، روز ثبت حساب می‌شود.' },
        uk: { handout: 'Якщо надсилаєте позов поштою, надішліть його рекомендованим листом і збережіть квитанцію: день відправлення вважається днем подання.' },
      },
      basis: [{ act: 'ZPP', article: '112(2)' }],
      sources: [sources.zpp],
      confidence: 'M',
    },
  ],
} satisfies TemplateDefinitionInput;

// Registering an address (ZPPreb-1). DOMAIN-SI.md, "Aliens Act (ZTuj-2) and residence registration".
import type { TemplateDefinitionInput } from '../template-definition.ts';
import { sources } from './sources.ts';

export const addressRegistration = {
  id: 'address-registration',
  version: 1,
  contentCheckedOn: '2026-11-21',
  category: 'residence',
  unreviewedLanguages: ['ar', 'fa', 'uk'],
  text: {
    en: {
      title: 'Registering an address (ZPPreb-1)',
      summary:
        'Register a permanent or temporary address within 8 days of moving in, renew a temporary registration within 8 days of its expiry, and deregister within 8 days of moving out. A registered address is needed before applying for social assistance.',
    },
    sl: {
      title: 'Prijava prebivališča (ZPPreb-1)',
      summary:
        'Stalno ali začasno prebivališče prijavite v 8 dneh od naselitve, začasno prijavo obnovite v 8 dneh od izteka in se odjavite v 8 dneh od odselitve. Prijavljeno prebivališče je potrebno pred vlogo za socialno pomoč.',
    },
    ar: { title: 'تسجيل العنوان' },
    fa: { title: 'ثبت نشانی محل سکونت' },
    uk: { title: 'Реєстрація адреси' },
  },
  keyDates: ['movedInOn', 'registrationExpiresOn', 'movedOutOn'],
  items: [
    {
      key: 'address_registered',
      text: {
        en: {
          label: 'Address registered within 8 days of moving in',
          handout:
            'Register your address at the administrative unit (upravna enota) within 8 days of moving in. Bring your ID or permit and proof that you may live there.',
          details: 'Art. 5(1) sets the 8 days for a permanent residence; a temporary residence has the same 8 days.',
        },
        sl: {
          label: 'Prebivališče prijavljeno v 8 dneh od naselitve',
          handout:
            'Prebivališče prijavite na upravni enoti v 8 dneh od naselitve. Prinesite osebni dokument ali dovoljenje in dokazilo, da lahko tam prebivate.',
          details: '5. člen (1) določa 8 dni za stalno prebivališče; za začasno prebivališče velja enak rok 8 dni.',
        },
        ar: {
          handout: 'سجّل عنوانك في الوحدة الإدارية (upravna enota) خلال 8 أيام من انتقالك إلى السكن. أحضر وثيقة هويتك أو تصريحك وما يثبت أنه يحق لك السكن هناك.',
        },
        fa: {
          handout: 'ظرف ۸ روز پس از نقل مکان، نشانی خود را در ادارهٔ محلی (upravna enota) ثبت کنید. کارت شناسایی یا اجازهٔ اقامت و مدرکی که نشان دهد می‌توانید آنجا زندگی کنید همراه بیاورید.',
        },
        uk: {
          handout: 'Зареєструйте адресу в адміністративному відділі (upravna enota) протягом 8 днів після вселення. Візьміть документ, що посвідчує особу, або дозвіл і підтвердження, що ви можете там жити.',
        },
      },
      basis: [{ act: 'ZPPreb-1', article: '5' }],
      sources: [sources.zppreb1, sources.eupravaAddress],
      confidence: 'H',
      deadline: {
        keyDate: 'movedInOn',
        rule: { kind: 'legalDaysAfter', days: 8 },
        meaning: 'actBy',
      },
    },
    {
      key: 'proof_of_right_to_live_there',
      text: {
        en: {
          label: 'Proof ready: ownership, lease or sublease, or the owner’s written consent',
          handout:
            'As proof you can bring a lease or sublease contract, proof of ownership, or the owner’s written consent. The consent does not need a notary.',
        },
        sl: {
          label: 'Pripravljeno dokazilo: lastništvo, najemna ali podnajemna pogodba ali pisno soglasje lastnika',
          handout:
            'Kot dokazilo prinesite najemno ali podnajemno pogodbo, dokazilo o lastništvu ali pisno soglasje lastnika. Soglasja ni treba overiti pri notarju.',
        },
        ar: {
          handout: 'كإثبات يمكنك إحضار عقد إيجار أو إيجار من الباطن، أو إثبات ملكية، أو موافقة مكتوبة من المالك. لا تحتاج الموافقة إلى توثيق عند كاتب العدل.',
        },
        fa: {
          handout: 'به‌عنوان مدرک می‌توانید قرارداد اجاره یا اجارهٔ دست دوم، سند مالکیت یا رضایت‌نامهٔ کتبی مالک را بیاورید. رضایت‌نامه نیازی به محضر ندارد.',
        },
        uk: {
          handout: 'Як підтвердження можна принести договір оренди чи суборенди, документ про власність або письмову згоду власника. Згоду не треба засвідчувати в нотаріуса.',
        },
      },
      basis: [{ act: 'ZPPreb-1' }],
      sources: [sources.zppreb1, sources.eupravaAddress],
      confidence: 'H',
    },
    {
      key: 'temporary_registration_renewed',
      text: {
        en: {
          label: 'Temporary registration renewed within 8 days of its expiry',
          handout: 'A temporary address registration ends after a set time. Renew it within 8 days after it expires, or it lapses.',
        },
        sl: {
          label: 'Začasna prijava obnovljena v 8 dneh od izteka',
          handout: 'Prijava začasnega prebivališča velja omejen čas. Obnovite jo v 8 dneh po izteku, sicer preneha.',
        },
        ar: { handout: 'ينتهي تسجيل العنوان المؤقت بعد مدة محددة. جدّده خلال 8 أيام من انتهائه، وإلا سيسقط.' },
        fa: { handout: 'ثبت نشانی موقت پس از مدت معینی پایان می‌یابد. ظرف ۸ روز پس از پایان آن را تمدید کنید، وگرنه باطل می‌شود.' },
        uk: { handout: 'Реєстрація тимчасової адреси діє обмежений час. Поновіть її протягом 8 днів після закінчення, інакше вона втратить силу.' },
      },
      basis: [{ act: 'ZPPreb-1' }],
      sources: [sources.zppreb1, sources.eupravaAddress],
      confidence: 'H',
      deadline: {
        keyDate: 'registrationExpiresOn',
        rule: { kind: 'legalDaysAfter', days: 8 },
        meaning: 'actBy',
      },
    },
    {
      key: 'deregistered_after_moving_out',
      text: {
        en: {
          label: 'Deregistered within 8 days of moving out',
          handout: 'When you move out, deregister the old address within 8 days.',
        },
        sl: {
          label: 'Odjava v 8 dneh od odselitve',
          handout: 'Ko se odselite, staro prebivališče odjavite v 8 dneh.',
        },
        ar: { handout: 'عندما تنتقل من السكن، ألغِ تسجيل العنوان القديم خلال 8 أيام.' },
        fa: { handout: 'وقتی نقل مکان می‌کنید، ظرف ۸ روز ثبت نشانی قبلی را لغو کنید.' },
        uk: { handout: 'Коли виїжджаєте, зніміться з реєстрації старої адреси протягом 8 днів.' },
      },
      basis: [{ act: 'ZPPreb-1' }],
      sources: [sources.zppreb1, sources.eupravaAddress],
      confidence: 'H',
      deadline: {
        keyDate: 'movedOutOn',
        rule: { kind: 'legalDaysAfter', days: 8 },
        meaning: 'actBy',
      },
    },
    {
      key: 'needed_for_social_assistance',
      text: {
        en: {
          label: 'Registered before applying for social assistance',
          handout: 'You need a registered address before you can apply for social assistance.',
        },
        sl: {
          label: 'Prijavljeno pred vlogo za socialno pomoč',
          handout: 'Pred vlogo za socialno pomoč morate imeti prijavljeno prebivališče.',
        },
        ar: { handout: 'تحتاج إلى عنوان مسجّل قبل أن تتمكن من طلب المساعدة الاجتماعية.' },
        fa: { handout: 'پیش از درخواست کمک اجتماعی باید نشانی ثبت‌شده داشته باشید.' },
        uk: { handout: 'Перш ніж подати заяву на соціальну допомогу, потрібна зареєстрована адреса.' },
      },
      basis: [{ act: 'ZPPreb-1' }],
      sources: [sources.eupravaAddress],
      confidence: 'H',
    },
  ],
} satisfies TemplateDefinitionInput;

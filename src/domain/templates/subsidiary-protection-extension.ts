// Extending subsidiary protection (ZMZ-1 Art. 66(3)). DOMAIN-SI.md, "After status is granted".
import type { TemplateDefinitionInput } from '../template-definition.ts';
import { sources } from './sources.ts';

export const subsidiaryProtectionExtension = {
  id: 'subsidiary-protection-extension',
  version: 1,
  contentCheckedOn: '2026-11-21',
  category: 'internationalProtection',
  unreviewedLanguages: ['ar', 'fa', 'uk'],
  text: {
    en: {
      title: 'Extending subsidiary protection',
      summary:
        'The extension request must reach the Ministry of the Interior at least 30 days before subsidiary protection expires; after expiry it cannot be extended. An extension is for 2 years.',
    },
    sl: {
      title: 'Podaljšanje subsidiarne zaščite',
      summary:
        'Prošnja za podaljšanje mora prispeti na Ministrstvo za notranje zadeve najmanj 30 dni pred iztekom subsidiarne zaščite; po izteku je ni mogoče podaljšati. Podaljšanje je za 2 leti.',
    },
    ar: { title: 'تمديد الحماية الفرعية' },
    fa: { title: 'تمدید حمایت تکمیلی' },
    uk: { title: 'Продовження додаткового захисту' },
  },
  keyDates: ['protectionExpiresOn'],
  items: [
    {
      key: 'extension_request_filed',
      text: {
        en: {
          label: 'Extension request received by MNZ at least 30 days before expiry',
          handout:
            'Your request to extend subsidiary protection must reach the Ministry of the Interior at least 30 days before your protection ends. After it ends it cannot be extended. Do not wait for the last day.',
          details:
            'The date shown is 30 days before the last day of protection, moved to the working day before when it falls on a weekend or holiday (our safety choice). "Reach" means received: allow for post.',
        },
        sl: {
          label: 'Prošnja za podaljšanje prispela na MNZ najmanj 30 dni pred iztekom',
          handout:
            'Vaša prošnja za podaljšanje subsidiarne zaščite mora prispeti na Ministrstvo za notranje zadeve najmanj 30 dni pred iztekom zaščite. Po izteku je ni mogoče podaljšati. Ne čakajte zadnjega dne.',
          details:
            'Prikazani datum je 30 dni pred zadnjim dnem zaščite; če je sobota, nedelja ali praznik, ga premaknemo na prejšnji delovni dan (varnostna izbira). "Prispeti" pomeni prejeta: upoštevajte čas pošte.',
        },
        ar: {
          handout:
            'يجب أن يصل طلب تمديد الحماية الفرعية إلى وزارة الداخلية قبل 30 يومًا على الأقل من انتهاء حمايتك. بعد انتهائها لا يمكن تمديدها. لا تنتظر حتى اليوم الأخير.',
        },
        fa: {
          handout:
            'درخواست تمدید حمایت تکمیلی باید دست‌کم ۳۰ روز پیش از پایان حمایت به وزارت کشور برسد. پس از پایان آن دیگر تمدید نمی‌شود. منتظر روز آخر نمانید.',
        },
        uk: {
          handout:
            'Ваша заява про продовження додаткового захисту має надійти до Міністерства внутрішніх справ щонайменше за 30 днів до закінчення захисту. Після закінчення його не можна продовжити. Не чекайте останнього дня.',
        },
      },
      basis: [{ act: 'ZMZ-1', article: '66(3)' }],
      sources: [sources.zmz1, sources.aida],
      confidence: 'M',
      deadline: {
        keyDate: 'protectionExpiresOn',
        rule: { kind: 'daysBefore', days: 30 },
        meaning: 'actBy',
      },
    },
    {
      key: 'legal_help_for_extension',
      text: {
        en: {
          label: 'Legal help asked to prepare the request',
          handout: 'Ask your legal adviser to help you prepare the request and the reasons why you still need protection.',
        },
        sl: {
          label: 'Zaprošena pravna pomoč pri pripravi prošnje',
          handout: 'Prosite pravnega svetovalca, da vam pomaga pripraviti prošnjo in razloge, zakaj še potrebujete zaščito.',
        },
        ar: { handout: 'اطلب من مستشارك القانوني مساعدتك في إعداد الطلب وأسباب حاجتك المستمرة إلى الحماية.' },
        fa: { handout: 'از مشاور حقوقی خود بخواهید در آماده کردن درخواست و دلایل نیاز دوباره‌تان به حمایت کمک کند.' },
        uk: { handout: 'Попросіть юридичного консультанта допомогти підготувати заяву і пояснити, чому вам досі потрібен захист.' },
      },
      basis: [{ act: 'ZMZ-1', article: '66(3)' }],
      sources: [sources.aida],
      confidence: 'M',
    },
    {
      key: 'extension_length_explained',
      text: {
        en: {
          label: 'Explained: an extension is for 2 years',
          handout: 'If it is extended, subsidiary protection is extended for 2 years.',
        },
        sl: {
          label: 'Pojasnjeno: podaljšanje je za 2 leti',
          handout: 'Če je podaljšana, se subsidiarna zaščita podaljša za 2 leti.',
        },
        ar: { handout: 'إذا تم التمديد، تُمدد الحماية الفرعية لمدة سنتين.' },
        fa: { handout: 'در صورت تمدید، حمایت تکمیلی برای ۲ سال تمدید می‌شود.' },
        uk: { handout: 'Якщо його продовжать, додатковий захист продовжується на 2 роки.' },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida],
      confidence: 'M',
    },
    {
      key: 'family_reunification_after_extension',
      text: {
        en: {
          label: 'Family reunification: with 1-year protection only after extension',
          handout: 'If your subsidiary protection was granted for 1 year, you can apply for family reunification only after it is extended.',
        },
        sl: {
          label: 'Združitev družine: pri enoletni zaščiti šele po podaljšanju',
          handout: 'Če vam je bila subsidiarna zaščita priznana za 1 leto, lahko za združitev družine zaprosite šele po podaljšanju.',
        },
        ar: { handout: 'إذا مُنحت الحماية الفرعية لمدة سنة واحدة، يمكنك طلب لمّ شمل الأسرة فقط بعد تمديدها.' },
        fa: { handout: 'اگر حمایت تکمیلی شما برای ۱ سال داده شده است، فقط پس از تمدید آن می‌توانید درخواست پیوستن خانواده بدهید.' },
        uk: { handout: 'Якщо додатковий захист надано на 1 рік, подати заяву на возз’єднання сім’ї можна лише після його продовження.' },
      },
      basis: [{ act: 'ZMZ-1' }],
      sources: [sources.aida],
      confidence: 'M',
    },
  ],
} satisfies TemplateDefinitionInput;

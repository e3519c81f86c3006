// Turkish (Türkçe): the built-in templates' client texts. Machine-written, not yet
// reviewed by a native speaker (handouts say so). Keys: templates/handouts/index.ts.
import type { HandoutTextsByTemplate } from './texts-shape.ts';

export default {
  'ip-application': {
    title: 'Uluslararası koruma: niyetten karara',
    items: {
      intention_expressed: 'Bir makama uluslararası koruma başvurusu yapmak istediğinizi söylediniz. Bu andan itibaren Slovenya’dan gönderilemezsiniz.',
      police_preliminary_procedure: 'Polis kimliğinizi ve yolculuk güzergâhınızı kontrol eder, bir kayıt formu doldurur ve kısa bir ifadenizi yazar. Tercüman hakkınız vardır.',
      application_lodged: 'Başvurunuzu sağlık kontrolü, fotoğraf ve parmak izinden sonra Ljubljana’daki Sığınmacı Evi’nde (Asylum Home) veya Logatec’teki şubesinde yaparsınız.',
      personal_interview: 'İçişleri Bakanlığı’ndan bir görevli sizinle gerekçeleriniz hakkında mülakat yapar. Önemli olan her şeyi anlatın, anladığınız bir tercüman isteyin ve elinizdeki tüm belgeleri getirin.',
      free_legal_help: 'Ücretsiz hukuki yardım hakkınız vardır. İlk işlemde PIC yardım eder; dava açmak için Adalet Bakanlığı’nın atadığı bir mülteci danışmanı (refugee counsellor) size yardım eder.',
      health_care: 'Kararı beklerken acil sağlık hizmeti, acil diş tedavisi ve kadın sağlığı hizmetlerinden yararlanırsınız. Çocuklar ve 26 yaşına kadar öğrenciler tam olarak kapsanır.',
      stay_at_asylum_home: 'Haklı bir neden olmadan Sığınmacı Evi’nden 3 günden fazla ayrılmayın: aksi hâlde başvurunuz geri çekilmiş sayılır.',
      right_to_work: 'Başvurunuzdan 3 ay sonra hâlâ karar verilmemişse ve gecikme sizden kaynaklanmıyorsa çalışabilirsiniz.',
      decision_time_limit: 'Olağan işlemde Bakanlık başvurudan itibaren 6 ay içinde karar vermelidir. Bu süreyi 9 aya kadar, ardından 3 ay daha uzatabilir.',
      decision_time_limit_accelerated: 'Hızlandırılmış işlemde karar yaklaşık 2 ay içinde gelebilir. Hukuk danışmanınıza sorun.',
      subsequent_application: 'Kesin bir karardan sonra yeni olgular ortaya çıkarsa yeni (sonraki) bir başvuru mümkün olabilir. Hukuk danışmanınıza sorun.',
    },
  },
  'decision-court-action': {
    title: 'Karar ve mahkemede dava',
    variants: {
      regular: 'Olağan işlemde reddedildi',
      accelerated: 'Açıkça dayanaksız olarak reddedildi (hızlandırılmış işlem)',
      inadmissible: 'Kabul edilemez bulunarak reddedildi (Dublin ve güvenli üçüncü ülke dâhil)',
    },
    items: {
      service_date_recorded: 'Zarfı ve kararı saklayın. Dava açma süresi kararı aldığınız günün ertesi günü başlar. Evde değilseniz ve bir bildirim bırakıldıysa, karar bildirimden 15 gün sonra, siz almamış olsanız bile, alınmış sayılır.',
      decision_type_identified: 'Danışmanınız kararı sizinle birlikte okur ve sizin için ne anlama geldiğini açıklar.',
      legal_help_contacted: 'Hemen hukuk danışmanınızla iletişime geçin: dava açma süresi kısadır. Ücretsiz hukuki yardım vardır (mülteci danışmanları, PIC).',
      court_action_regular: 'Karara karşı 15 gün içinde İdare Mahkemesi’nde (Administrative Court) dava açabilirsiniz. Dava sürerken sınır dışı edilemezsiniz.',
      court_action_accelerated: 'Karara karşı 8 gün içinde İdare Mahkemesi’nde dava açabilirsiniz. Mahkeme karar vermeden sınır dışı edilmemek için aynı anda geçici tedbir isteyin.',
      court_action_inadmissible: 'Karara karşı 3 gün içinde İdare Mahkemesi’nde dava açabilirsiniz. Mahkeme karar vermeden başka bir ülkeye transfer edilmemek veya sınır dışı edilmemek için aynı anda geçici tedbir isteyin.',
      interim_order_requested: 'Davayla birlikte, mahkeme karar verene kadar kalabilmek için mahkemeden geçici tedbir isteyin.',
      court_action_detention: 'Hareket özgürlüğünüz kısıtlandıysa (gözaltı), buna karşı 3 gün içinde İdare Mahkemesi’nde itiraz edebilirsiniz. Mahkeme 3 gün içinde karar verir.',
      supreme_court_appeal: 'İdare Mahkemesi aleyhinize karar verirse Yüksek Mahkeme’ye (Supreme Court) başvuru mümkün olabilir. Hemen hukuk danışmanınıza sorun.',
      missed_deadline_restoration: 'Ciddi bir nedenle (örneğin hastalık) davayı zamanında açamadıysanız, engel ortadan kalktıktan sonra 8 gün içinde sürenin eski hâline getirilmesini isteyebilirsiniz.',
      filing_by_registered_post: 'Davayı postayla gönderirseniz taahhütlü gönderin ve makbuzu saklayın: postaya verildiği gün dava açma günü sayılır.',
    },
  },
  'after-status-granted': {
    title: 'Koruma verildikten sonra',
    variants: {
      refugee: 'Mülteci statüsü',
      subsidiary: 'İkincil koruma',
    },
    items: {
      integration_agreement_offered: 'Göçmenlere Destek ve Uyum Hükümet Ofisi (UOIM), korumayı aldıktan sonra 1 ay içinde size bir uyum sözleşmesi sunmak zorundadır. Konut yardımı ve ödenek, sözleşmeyi imzalamanıza bağlıdır.',
      integration_agreement_signed: 'Uyum sözleşmesini imzalayın ve bir kopyasını saklayın. İmzaladığınız tarihi danışmanınıza bildirin.',
      integration_house_ends: 'Korumayı aldıktan sonra bir uyum evinde en fazla 1 yıl kalabilirsiniz. Sağlık veya başka nedenlerle bir komisyon bu süreyi 6 aya kadar uzatabilir. Erkenden ev aramaya başlayın.',
      private_accommodation_allowance: 'Özel bir daire kiralarsanız, uyum sözleşmesini imzaladığınız tarihten itibaren 1 yıl boyunca ödenek alırsınız. Sizin ve ev sahibinin onayıyla doğrudan ev sahibine ödenebilir.',
      allowance_extension_conditions: 'Slovence dil ve toplum kursunun en az %80’ine katılırsanız ve uyum danışmanınızla ayda en az bir kez görüşürseniz ödenek 1 yıl daha uzatılabilir. Katılım belgelerinizi saklayın.',
      refugee_permit_card: 'Mülteci olarak, kararın tebliğ edildiği günden itibaren Slovenya’da daimi ikamet hakkınız vardır. İkamet kartınızı alın; 10 yıl geçerlidir.',
      subsidiary_permit: 'İkincil koruma ile kararınızda belirtilen süre için (1 ila 5 yıl) geçici ikamet hakkınız vardır. Uzatma zamanında istenmelidir: bitiminden en az 30 gün önce.',
      long_term_residence_time: 'Uzun süreli ikamet statüsü için 5 yıllık ikamet gerekir. Başvuru sahibi olarak beklediğiniz sürenin yarısı sayılır; 18 aydan uzun beklediyseniz tamamı sayılır.',
    },
  },
  'subsidiary-protection-extension': {
    title: 'İkincil korumanın uzatılması',
    items: {
      extension_request_filed: 'İkincil korumanın uzatılması talebiniz, korumanız bitmeden en az 30 gün önce İçişleri Bakanlığı’na ulaşmalıdır. Bittikten sonra uzatılamaz. Son günü beklemeyin.',
      legal_help_for_extension: 'Hukuk danışmanınızdan talebi ve hâlâ korumaya neden ihtiyaç duyduğunuzun gerekçelerini hazırlamanıza yardım etmesini isteyin.',
      extension_length_explained: 'Uzatılırsa ikincil koruma 2 yıl uzatılır.',
      family_reunification_after_extension: 'İkincil korumanız 1 yıllığına verildiyse, aile birleşimi için ancak uzatıldıktan sonra başvurabilirsiniz.',
    },
  },
  'temporary-residence-extension': {
    title: 'Geçici ikamet izninin uzatılması (ZTuj-2)',
    items: {
      filed_one_month_ahead: 'Eksikleri tamamlamaya zaman kalması için uzatma başvurusunu izninizin bitiminden yaklaşık 1 ay önce idari biriminize (upravna enota) yapın.',
      filed_before_expiry: 'Başvuru, izniniz hâlâ geçerliyken yapılmalıdır. İzin sona erdikten sonra yapılan başvuru reddedilir.',
      single_permit_90_days: 'Tek ikamet ve çalışma izni için yaklaşık 90 gün önceden başvurmanız önerilir. Bu bir tavsiyedir, yasal süre değildir.',
      family_member_slovene: 'İzniniz aile birleşimi içinse ve yetişkinseniz, uzatma için temel düzeyde ("hayatta kalma düzeyi") Slovence gerekir. Kursu erkenden planlayın.',
    },
  },
  'permanent-residence': {
    title: 'Daimi ikamet (ZTuj-2)',
    variants: {
      general: '5 yıl yasal ikamet',
      family_member: 'Mültecinin veya daimi ikamet sahibinin aile üyesi (2 yıl)',
    },
    items: {
      five_years_reached: '5 yıl kesintisiz yasal ikametten sonra daimi ikamet için başvurabilirsiniz. Yurt dışında kalışlar art arda 6 aydan ve toplamda 10 aydan kısa olmalıdır. Öğrenci olarak geçen süre yarım sayılır.',
      two_years_family_member: 'Bir mültecinin veya daimi ikamet sahibi bir kişinin aile üyesi olarak 2 yıl sonra başvurabilirsiniz.',
      a2_certificate: '1 Kasım 2024’ten itibaren yapılan başvurularda A2 düzeyinde Slovence belgesi gerekir. Kursa ve sınava erkenden kaydolun.',
      temporary_permit_kept_valid: 'Daimi ikamet kararını alana kadar geçici izninizi geçerli tutun. Süresi dolmak üzereyse uzatma başvurusu yapın (yaklaşık 1 ay önceden).',
    },
  },
  'family-reunification': {
    title: 'Aile birleşimi',
    variants: {
      international_protection: 'Destekçi uluslararası korumaya sahip',
      aliens_act: 'Destekçinin ZTuj-2’ye göre ikamet izni var',
    },
    items: {
      no_waiting_period_protection: 'Uluslararası koruma ile genellikle beklemeden aile birleşimi için başvurabilirsiniz. İkincil korumanız yalnızca 1 yıllığına verildiyse, ancak uzatıldıktan sonra başvurabilirsiniz.',
      favourable_window_90_days: 'Korumayı aldıktan sonra aile birleşiminin daha kolay olduğu 90 günlük bir süre olabilir. Hukuk danışmanınıza hemen sorun; bu kesinleşmiş değildir.',
      sponsor_waiting_period: 'Yabancılar Kanunu’na göre ikamet izniniz varsa, Slovenya’da 1 yıl yaşadıktan sonra ailenizi getirebilirsiniz.',
      family_member_slovene: 'Yetişkin aile üyelerinin izinlerini uzatmak için temel düzeyde ("hayatta kalma düzeyi") Slovenceye ihtiyacı olacaktır (1 Kasım 2024’ten beri). Kursu erkenden planlayın.',
    },
  },
  'address-registration': {
    title: 'Adres kaydı (ZPPreb-1)',
    items: {
      address_registered: 'Taşındıktan sonra 8 gün içinde adresinizi idari birimde (upravna enota) kaydettirin. Kimliğinizi veya izninizi ve orada oturabileceğinizi gösteren belgeyi getirin.',
      proof_of_right_to_live_there: 'Belge olarak kira veya alt kira sözleşmesi, mülkiyet belgesi ya da ev sahibinin yazılı onayını getirebilirsiniz. Onay için noter gerekmez.',
      temporary_registration_renewed: 'Geçici adres kaydı belirli bir süre sonra sona erer. Sona erdikten sonra 8 gün içinde yenileyin, yoksa geçersiz olur.',
      deregistered_after_moving_out: 'Taşındığınızda eski adres kaydınızı 8 gün içinde sildirin.',
      needed_for_social_assistance: 'Sosyal yardım başvurusu yapabilmek için kayıtlı bir adresiniz olmalıdır.',
    },
  },
  'practical-first-steps': {
    title: 'İlk pratik adımlar',
    items: {
      health_insurance_registered: 'Sağlık Sigortası Enstitüsü’ne (ZZZS) sağlık sigortası için kaydolun ve sağlık sigortası kartınızı alın. Ardından bir aile hekimi seçin.',
      employment_service_registered: 'Slovenya İstihdam Kurumu’na (ZRSZ) kaydolun. İş ve eğitim aramanıza yardım ederler.',
      bank_account_opened: 'Bir banka hesabı açın: ödenekler ve maaşlar bu hesaba yatırılır. Bankalar temel ödeme hesabını sığınmacılara ve sabit adresi olmayan kişilere de sunmak zorundadır.',
      slovene_course_enrolled: 'Slovence dil ve toplum kursuna kaydolun. Kursun en az %80’ine katılın: bu, konut ödeneğinin uzatılması için önemlidir.',
    },
  },
} satisfies HandoutTextsByTemplate;

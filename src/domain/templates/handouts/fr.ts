// French (Français): the built-in templates' client texts. Machine-written, not yet
// reviewed by a native speaker (handouts say so). Keys: templates/handouts/index.ts.
import type { HandoutTextsByTemplate } from './texts-shape.ts';

export default {
  'ip-application': {
    title: 'Protection internationale : de l’intention à la décision',
    items: {
      intention_expressed: 'Vous avez dit à une autorité que vous souhaitez demander la protection internationale. À partir de ce moment, vous ne pouvez pas être renvoyé(e) hors de Slovénie.',
      police_preliminary_procedure: 'La police vérifie votre identité et votre itinéraire, remplit un formulaire d’enregistrement et note une courte déclaration. Vous avez droit à un interprète.',
      application_lodged: 'Vous déposez la demande au Foyer pour demandeurs d’asile (Asylum Home) à Ljubljana ou dans son antenne de Logatec, après un examen médical, une photo et la prise des empreintes digitales.',
      personal_interview: 'Un agent du ministère de l’Intérieur vous interroge sur vos raisons. Dites tout ce qui est important, demandez un interprète que vous comprenez et apportez tous les documents que vous avez.',
      free_legal_help: 'Vous avez droit à une aide juridique gratuite. Dans la première procédure, PIC vous aide ; pour un recours devant le tribunal, un conseiller pour réfugiés (refugee counsellor) désigné par le ministère de la Justice vous aide.',
      health_care: 'Pendant que vous attendez la décision, vous avez droit aux soins médicaux urgents, aux soins dentaires d’urgence et aux soins de santé pour les femmes. Les enfants, et les élèves et étudiants jusqu’à 26 ans, sont entièrement couverts.',
      stay_at_asylum_home: 'Ne quittez pas le Foyer pour demandeurs d’asile plus de 3 jours sans raison valable : votre demande serait considérée comme retirée.',
      right_to_work: 'Si, 3 mois après le dépôt de votre demande, il n’y a toujours pas de décision et que le retard ne vous est pas imputable, vous pouvez travailler.',
      decision_time_limit: 'Dans la procédure normale, le ministère doit décider dans les 6 mois suivant la demande. Il peut prolonger ce délai de 9 mois au maximum, puis de 3 mois encore.',
      decision_time_limit_accelerated: 'Dans une procédure accélérée, la décision peut arriver en 2 mois environ. Demandez à votre conseiller juridique.',
      subsequent_application: 'Si de nouveaux faits apparaissent après une décision définitive, une nouvelle demande (demande ultérieure) peut être possible. Demandez à votre conseiller juridique.',
    },
  },
  'decision-court-action': {
    title: 'Décision et recours devant le tribunal',
    variants: {
      regular: 'Rejet dans la procédure normale',
      accelerated: 'Rejet comme manifestement infondée (procédure accélérée)',
      inadmissible: 'Déclarée irrecevable (y compris Dublin, pays tiers sûr)',
    },
    items: {
      service_date_recorded: 'Gardez l’enveloppe et la décision. Le délai de recours commence le lendemain du jour où vous avez reçu la décision. Si vous étiez absent(e) et qu’un avis de passage a été laissé, la décision est réputée reçue 15 jours après l’avis, même si vous ne l’avez pas retirée.',
      decision_type_identified: 'Votre conseiller lit la décision avec vous et vous explique ce qu’elle signifie pour vous.',
      legal_help_contacted: 'Contactez immédiatement votre conseiller juridique : le délai de recours est court. Une aide juridique gratuite est disponible (conseillers pour réfugiés, PIC).',
      court_action_regular: 'Vous pouvez contester la décision devant le Tribunal administratif (Administrative Court) dans un délai de 15 jours. Tant que le recours est en cours, vous ne pouvez pas être éloigné(e).',
      court_action_accelerated: 'Vous pouvez contester la décision devant le Tribunal administratif dans un délai de 8 jours. Demandez en même temps une mesure provisoire pour ne pas être éloigné(e) avant la décision du tribunal.',
      court_action_inadmissible: 'Vous pouvez contester la décision devant le Tribunal administratif dans un délai de 3 jours. Demandez en même temps une mesure provisoire pour ne pas être transféré(e) ou éloigné(e) avant la décision du tribunal.',
      interim_order_requested: 'Avec le recours, demandez au tribunal une mesure provisoire pour pouvoir rester jusqu’à sa décision.',
      court_action_detention: 'Si votre liberté de mouvement a été restreinte (rétention), vous pouvez le contester devant le Tribunal administratif dans un délai de 3 jours. Le tribunal décide dans les 3 jours.',
      supreme_court_appeal: 'Si le Tribunal administratif statue contre vous, un recours devant la Cour suprême (Supreme Court) peut être possible. Demandez tout de suite à votre conseiller juridique.',
      missed_deadline_restoration: 'Si vous n’avez pas pu déposer le recours à temps pour une raison grave (par exemple une maladie), vous pouvez demander la restitution du délai dans les 8 jours suivant la fin de l’empêchement.',
      filing_by_registered_post: 'Si vous envoyez le recours par la poste, envoyez-le en recommandé et gardez le reçu : le jour de l’envoi compte comme jour du dépôt.',
    },
  },
  'after-status-granted': {
    title: 'Après l’octroi de la protection',
    variants: {
      refugee: 'Statut de réfugié',
      subsidiary: 'Protection subsidiaire',
    },
    items: {
      integration_agreement_offered: 'L’Office gouvernemental pour le soutien et l’intégration des migrants (UOIM) doit vous proposer un contrat d’intégration dans le mois qui suit l’octroi de la protection. L’aide au logement et l’allocation dépendent de sa signature.',
      integration_agreement_signed: 'Signez le contrat d’intégration et gardez-en une copie. Indiquez à votre conseiller la date de signature.',
      integration_house_ends: 'Vous pouvez vivre dans une maison d’intégration pendant 1 an au plus après l’octroi de la protection. Pour des raisons de santé ou d’autres raisons, une commission peut prolonger ce délai de 6 mois au maximum. Commencez tôt à chercher un logement.',
      private_accommodation_allowance: 'Si vous louez un logement privé, vous recevez une allocation pendant 1 an à partir de la signature du contrat d’intégration. Avec votre accord et celui du propriétaire, elle peut être versée directement au propriétaire.',
      allowance_extension_conditions: 'L’allocation peut être prolongée d’1 an si vous suivez au moins 80 % du cours de langue et de société slovènes et rencontrez votre conseiller en intégration au moins une fois par mois. Gardez les preuves de présence.',
      refugee_permit_card: 'En tant que réfugié(e), vous avez la résidence permanente en Slovénie à partir du jour où la décision vous a été notifiée. Retirez votre carte de séjour ; elle est valable 10 ans.',
      subsidiary_permit: 'Avec la protection subsidiaire, vous avez une résidence temporaire pour la durée indiquée dans votre décision (1 à 5 ans). La prolongation doit être demandée à temps : au moins 30 jours avant la fin.',
      long_term_residence_time: 'Pour le statut de résident de longue durée, il faut 5 ans de résidence. La moitié du temps d’attente en tant que demandeur compte, ou la totalité si vous avez attendu plus de 18 mois.',
    },
  },
  'subsidiary-protection-extension': {
    title: 'Prolongation de la protection subsidiaire',
    items: {
      extension_request_filed: 'Votre demande de prolongation de la protection subsidiaire doit parvenir au ministère de l’Intérieur au moins 30 jours avant la fin de votre protection. Une fois terminée, elle ne peut plus être prolongée. N’attendez pas le dernier jour.',
      legal_help_for_extension: 'Demandez à votre conseiller juridique de vous aider à préparer la demande et les raisons pour lesquelles vous avez encore besoin de protection.',
      extension_length_explained: 'Si elle est prolongée, la protection subsidiaire l’est pour 2 ans.',
      family_reunification_after_extension: 'Si votre protection subsidiaire a été accordée pour 1 an, vous ne pouvez demander le regroupement familial qu’après sa prolongation.',
    },
  },
  'temporary-residence-extension': {
    title: 'Prolongation d’un titre de séjour temporaire (ZTuj-2)',
    items: {
      filed_one_month_ahead: 'Demandez la prolongation auprès de votre unité administrative (upravna enota) environ 1 mois avant l’expiration de votre titre, pour avoir le temps de compléter ce qui manque.',
      filed_before_expiry: 'La demande doit être déposée tant que votre titre est encore valable. Une demande déposée après l’expiration du titre est rejetée.',
      single_permit_90_days: 'Pour un permis unique de séjour et de travail, il est conseillé de déposer la demande environ 90 jours à l’avance. C’est un conseil, pas un délai légal.',
      family_member_slovene: 'Si votre titre a été délivré pour le regroupement familial et que vous êtes majeur(e), sa prolongation exige un niveau de base (« niveau de survie ») en slovène. Prévoyez un cours tôt.',
    },
  },
  'permanent-residence': {
    title: 'Résidence permanente (ZTuj-2)',
    variants: {
      general: '5 ans de séjour régulier',
      family_member: 'Membre de la famille d’un réfugié ou d’un résident permanent (2 ans)',
    },
    items: {
      five_years_reached: 'Vous pouvez demander la résidence permanente après 5 ans de séjour régulier ininterrompu. Les absences doivent être inférieures à 6 mois consécutifs et à 10 mois au total. Le temps passé comme étudiant compte pour moitié.',
      two_years_family_member: 'En tant que membre de la famille d’un réfugié ou d’une personne ayant la résidence permanente, vous pouvez faire la demande après 2 ans.',
      a2_certificate: 'Les demandes déposées à partir du 1er novembre 2024 exigent un certificat de slovène de niveau A2. Inscrivez-vous tôt au cours et à l’examen.',
      temporary_permit_kept_valid: 'Gardez votre titre temporaire valable jusqu’à ce que vous receviez la décision sur la résidence permanente. S’il arrive bientôt à expiration, demandez sa prolongation (environ 1 mois à l’avance).',
    },
  },
  'family-reunification': {
    title: 'Regroupement familial',
    variants: {
      international_protection: 'Le regroupant bénéficie de la protection internationale',
      aliens_act: 'Le regroupant a un titre de séjour selon la ZTuj-2',
    },
    items: {
      no_waiting_period_protection: 'Avec la protection internationale, vous pouvez en général demander le regroupement familial sans délai d’attente. Si votre protection subsidiaire n’a été accordée que pour 1 an, vous ne pouvez faire la demande qu’après sa prolongation.',
      favourable_window_90_days: 'Il peut exister une période de 90 jours après l’octroi de la protection pendant laquelle le regroupement familial est plus facile. Demandez vite à votre conseiller juridique ; ce n’est pas confirmé.',
      sponsor_waiting_period: 'Si vous avez un titre de séjour selon la loi sur les étrangers, vous pouvez faire venir votre famille après avoir vécu 1 an en Slovénie.',
      family_member_slovene: 'Les membres adultes de la famille auront besoin d’un niveau de base (« niveau de survie ») en slovène pour prolonger leur titre (depuis le 1er novembre 2024). Prévoyez un cours tôt.',
    },
  },
  'address-registration': {
    title: 'Déclaration de domicile (ZPPreb-1)',
    items: {
      address_registered: 'Déclarez votre adresse à l’unité administrative (upravna enota) dans les 8 jours suivant votre emménagement. Apportez votre pièce d’identité ou votre titre de séjour et une preuve que vous pouvez y habiter.',
      proof_of_right_to_live_there: 'Comme preuve, vous pouvez apporter un bail ou un contrat de sous-location, une preuve de propriété ou le consentement écrit du propriétaire. Le consentement n’a pas besoin d’un notaire.',
      temporary_registration_renewed: 'Une déclaration de domicile temporaire prend fin après une durée fixée. Renouvelez-la dans les 8 jours suivant son expiration, sinon elle devient caduque.',
      deregistered_after_moving_out: 'Quand vous déménagez, faites radier l’ancienne adresse dans les 8 jours.',
      needed_for_social_assistance: 'Il vous faut une adresse déclarée avant de pouvoir demander l’aide sociale.',
    },
  },
  'practical-first-steps': {
    title: 'Premières démarches pratiques',
    items: {
      health_insurance_registered: 'Inscrivez-vous à l’assurance maladie auprès de l’Institut d’assurance maladie (ZZZS) et obtenez votre carte d’assurance maladie. Choisissez ensuite un médecin de famille.',
      employment_service_registered: 'Inscrivez-vous auprès du Service de l’emploi de Slovénie (ZRSZ). Il vous aide à chercher du travail et une formation.',
      bank_account_opened: 'Ouvrez un compte bancaire : les allocations et les salaires y sont versés. Les banques doivent proposer un compte de paiement de base aussi aux demandeurs d’asile et aux personnes sans adresse fixe.',
      slovene_course_enrolled: 'Inscrivez-vous au cours de langue et de société slovènes. Suivez-en au moins 80 % : c’est important pour prolonger l’allocation de logement.',
    },
  },
} satisfies HandoutTextsByTemplate;

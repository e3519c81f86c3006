// The built-in checklist templates, version 1 of each. Coordinators' corrections arrive
// as `template` records with higher versions (template.ts, `templateCatalog`).
import { templateDefinitionSchema, type TemplateDefinition } from '../template-definition.ts';
import { addressRegistration } from './address-registration.ts';
import { afterStatusGranted } from './after-status-granted.ts';
import { decisionCourtAction } from './decision-court-action.ts';
import { familyReunification } from './family-reunification.ts';
import { ipApplication } from './ip-application.ts';
import { permanentResidence } from './permanent-residence.ts';
import { practicalFirstSteps } from './practical-first-steps.ts';
import { subsidiaryProtectionExtension } from './subsidiary-protection-extension.ts';
import { temporaryResidenceExtension } from './temporary-residence-extension.ts';

/** In the order a counselor meets them. Parsed by the same schema as template records. */
export const builtInTemplates: readonly TemplateDefinition[] = [
  ipApplication,
  decisionCourtAction,
  afterStatusGranted,
  subsidiaryProtectionExtension,
  temporaryResidenceExtension,
  permanentResidence,
  familyReunification,
  addressRegistration,
  practicalFirstSteps,
].map((template) => templateDefinitionSchema.parse(template));

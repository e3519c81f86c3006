// Where the checklist screens live. Only record ids go into URLs (no personal data).
export function caseHref(caseId: string): string {
  return `/cases/${encodeURIComponent(caseId)}`;
}

export function checklistHref(caseId: string, checklistId: string): string {
  return `${caseHref(caseId)}/checklists/${encodeURIComponent(checklistId)}`;
}

export function handoutHref(caseId: string, checklistId: string): string {
  return `${checklistHref(caseId, checklistId)}/handout`;
}

export function templateEditHref(templateId: string): string {
  return `/settings/templates/${encodeURIComponent(templateId)}`;
}

export const templatesHref = '/settings/templates';

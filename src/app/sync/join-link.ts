// The link a coordinator shares (and shows as a QR code) to join a team:
// `<app>/join#endpoint=<address>&invite=<code>`. The fragment is never sent to a server,
// so the code stays out of server logs and Referer headers; the screen removes it from the
// address bar as soon as it has read it (history.replaceState). A query string is read too,
// for links typed by hand. An invite code is single-use and lives 72 hours; no personal
// data ever goes into the link.

export interface JoinLink {
  endpoint: string | null;
  invite: string | null;
}

function nonEmpty(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function readJoinLink(href: string): JoinLink {
  const url = new URL(href);
  const fromHash = new URLSearchParams(url.hash.replace(/^#/, ''));
  const pick = (name: string) => nonEmpty(fromHash.get(name)) ?? nonEmpty(url.searchParams.get(name));
  return { endpoint: pick('endpoint'), invite: pick('invite') };
}

/** Whether the address carries join parameters that must be removed from history. */
export function hasJoinParameters(href: string): boolean {
  const link = readJoinLink(href);
  return link.endpoint !== null || link.invite !== null;
}

/**
 * The link for an invite. `appOrigin` is where this app is served; the endpoint is left
 * out when the app is served by the endpoint itself (a shorter link, an easier QR code).
 */
export function joinLinkFor(appOrigin: string, endpoint: string, invite: string): string {
  const params = new URLSearchParams();
  if (endpoint !== `${appOrigin}/`) params.set('endpoint', endpoint);
  params.set('invite', invite);
  return `${appOrigin}/join#${params.toString()}`;
}

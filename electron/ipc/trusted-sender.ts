/**
 * Only the app's own page may call the bridge. The renderer is loaded from one origin (the
 * packaged `file://…/index.html`, or the dev server in development); a frame from anywhere
 * else — an iframe, a navigated page — is refused.
 */
export function isTrustedSenderUrl(senderUrl: string | undefined, rendererUrl: string): boolean {
  if (!senderUrl) return false;
  let sender: URL;
  let expected: URL;
  try {
    sender = new URL(senderUrl);
    expected = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (expected.protocol === 'file:') {
    // The host matters too: `file://server/share/…` is a network share, not our page.
    return sender.protocol === 'file:' && sender.host === expected.host && sender.pathname === expected.pathname;
  }
  return sender.origin === expected.origin;
}

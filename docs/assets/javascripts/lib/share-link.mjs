// Answers carried in a link's fragment: #fill?field=value&field=value.
// The fragment never reaches a server. Python (share_links.prefill) decides
// which answers fit the form; this file only reads and clears the address.

export const LINK_PREFIX = "#fill?";
// A link longer than this is not a counselor's link; refuse it whole.
const MAX_LINK_LENGTH = 1_000_000;

export function linkAnswers(hash = window.location.hash) {
  if (!hash.startsWith(LINK_PREFIX)) return null;
  if (hash.length > MAX_LINK_LENGTH) return { tooLong: true, params: {} };
  const params = {};
  for (const [key, value] of new URLSearchParams(hash.slice(LINK_PREFIX.length))) {
    if (key in params) params[key] = [].concat(params[key], value);
    else params[key] = value;
  }
  return { tooLong: false, params };
}

// Once applied, the answers leave the address bar: a reload then keeps what
// the reader typed instead of putting the link's answers back over it.
export function clearLinkFromAddress() {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, "", pathname + search);
}

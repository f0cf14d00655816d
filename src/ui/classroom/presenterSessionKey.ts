/** Where presenter mode keeps its place across a reload (presenterSession.ts); this much loads with the page. */
export const PRESENTER_SESSION_KEY = 'scale-playground:presenter';

/** Whether this tab was presenting before its reload. */
export function hasPresenterSession(): boolean {
  try { return window.sessionStorage.getItem(PRESENTER_SESSION_KEY) !== null; } catch { return false; }
}

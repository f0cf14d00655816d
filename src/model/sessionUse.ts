import type { DesignNode } from './design';

/**
 * Whether a web server looks each user's session up in a session store. With local sessions an
 * edge to a store is unused (the engine never sends there, the analysis ignores it, and the edge
 * rules say so) until the server's sessions are set to shared. Part of routing (routing.ts
 * re-exports it), in a file of its own because the edge rules need it on the first load.
 */
export const usesSessionStore = (web: DesignNode, targets: readonly DesignNode[]): boolean =>
  web.kind === 'web' && web.params.sessions === 'shared' && targets.some((t) => t.kind === 'sessionStore');

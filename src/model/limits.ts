/** Bounds on what a link or file may hold, so hostile input is refused in bounded time. */
export const LIMITS = {
  maxNodes: 500,
  maxEdges: 2000,
  maxScenarioEvents: 200,
  /** Characters of JSON text accepted from a file or a decompressed link. */
  maxJsonChars: 2_000_000,
  /** Characters of the `#d=` payload accepted before decompressing. */
  maxLinkChars: 400_000,
  maxIdChars: 64,
  maxLabelChars: 80,
  maxNameChars: 120,
  maxDurationS: 24 * 3600,
  maxCoordinate: 1_000_000,
  maxJsonDepth: 12,
} as const;

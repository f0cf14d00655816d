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
  /** Nesting levels of a design's JSON; a real design uses 5. */
  maxJsonDepth: 12,
  /** Fields in any one object of a design; the widest real one (a client's params) has 9. */
  maxObjectKeys: 100,
  /** Values (objects, lists, numbers, texts) in a whole design; 500 nodes and 2000 edges use about 30,000. */
  maxValues: 200_000,
  /** Messages listed for one bad design; past it a last line says how many more there are. */
  maxErrors: 30,
} as const;

/** Where the CLI writes: stdout, stderr, and whether stderr is a terminal (for the progress bar). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  errIsTTY: boolean;
}

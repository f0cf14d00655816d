/** Where the system Chromium is: $CHROMIUM_PATH, or the usual Debian/Ubuntu places. */
export function chromiumPath(): string;

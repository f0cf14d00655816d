/**
 * The key of the drag or resize in progress. Every position change of one gesture commits with it,
 * so the store folds the whole gesture into a single undo step.
 */
let counter = 0;
let current: string | undefined;

export const beginGesture = (): string => (current = `gesture:${++counter}`);
export const currentGesture = (): string | undefined => current;
export const endGesture = (): void => { current = undefined; };

import { faceLine, type DesignNode } from '../../model';

/** The one line of key parameters a node shows under its name (its kind file's `face`), so a design reads at a glance. */
export const paramSummary = (node: DesignNode): string => faceLine(node.kind, node.params);

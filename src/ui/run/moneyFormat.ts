// Prices and bills as the cost views, Compare and the gallery show them; apart from liveFormat.ts, which the canvas loads up front.
import { formatCount } from './liveFormat';

/** Dollars: "$0.42", "$7.30", "$294", "$18.3k", "$1.2M". */
export function formatUsd(usd: number): string {
  const abs = Math.abs(usd);
  if (abs >= 10_000) return `$${formatCount(usd)}`;
  if (abs >= 100) return `$${Math.round(usd).toLocaleString('en-US')}`;
  return `$${usd.toFixed(2)}`;
}

/** A monthly bill to the dollar, where the differences between designs are read: "$17,842/mo". */
export const formatMonthlyUsd = (usd: number): string =>
  `${Math.abs(usd) >= 100 ? `$${Math.round(usd).toLocaleString('en-US')}` : formatUsd(usd)}/mo`;

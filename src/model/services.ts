/**
 * Services: names a web server can belong to, the routes users may declare, and the rules a load
 * balancer uses to give each request to the service that owns it (docs/services.md). Every field
 * here is optional in a design; a design that uses none of them routes exactly as before.
 */
import type { RequestType } from './requestTypes';

/** The service names a web server may carry; '' is the shared pool (no service). */
export const SERVICE_NAMES = ['', 'pages', 'api', 'uploads', 'feed', 'search', 'media', 'auth'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];
/** A service a rule can name (not the shared pool). */
export type NamedService = Exclude<ServiceName, ''>;
export const NAMED_SERVICES = SERVICE_NAMES.filter((s): s is NamedService => s !== '');

/**
 * A route users declare: a named part of one request type's traffic (`upload`: 10% of the
 * writes) with its own cost. The request mix stays the short form; a route only refines it.
 */
export interface ClientRoute {
  name: string;
  type: RequestType;
  /** Share of this client's requests of `type` that take the route (0..1); the routes of one type add up to at most 1. */
  share: number;
  /** Work one request of the route costs at a web server, as a multiple of its service time. */
  cost: number;
}

/** A balancer's rule: requests of these types, or on these routes, belong to `service`. */
export interface ServiceRule {
  service: NamedService;
  types: RequestType[];
  routes: string[];
}

/** How a route is named: lower case, digits and dashes, so it reads well in charts and messages. */
export const ROUTE_NAME = /^[a-z0-9][a-z0-9-]{0,31}$/;
export const ROUTE_NAME_RULE = 'a route name is 1 to 32 lower-case letters, digits or dashes, starting with a letter or digit';
/** At most this many routes per client and rules per balancer. */
export const MAX_ROUTES = 16;
/** The report's name for requests no service took (never a service name). */
export const NO_SERVICE = '(none)';

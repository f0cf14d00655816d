/**
 * The decoder's part for services (docs/services.md): a client's `routes` and a load balancer's
 * `rules`, both optional. Each problem becomes a message naming the node and the field.
 */
import './zodSetup';
import * as z from 'zod/mini';
import { describeValue } from './inputGuards';
import { describeIssues } from './paramSchema';
import { REQUEST_TYPES } from './requestTypes';
import { MAX_ROUTES, NAMED_SERVICES, ROUTE_NAME, ROUTE_NAME_RULE, type ClientRoute, type ServiceRule } from './services';
import type { Kind } from './kinds';

const typeSchema = z.enum(REQUEST_TYPES as [string, ...string[]], { error: (iss) => `must be one of ${REQUEST_TYPES.join(', ')} (got ${describeValue(iss.input)})` });
const routeName = z.string({ error: (iss) => `must be a route name (got ${describeValue(iss.input)})` }).check(z.regex(ROUTE_NAME, { error: `is not a route name; ${ROUTE_NAME_RULE}` }));

const routeSchema = z.strictObject({
  name: routeName,
  type: typeSchema,
  share: z.number({ error: (iss) => `must be a number between 0 and 1 (got ${describeValue(iss.input)})` }).check(z.minimum(0, { error: 'must be between 0 and 1' }), z.maximum(1, { error: 'must be between 0 and 1' })),
  cost: z._default(z.number({ error: (iss) => `must be a number between 0.01 and 1000 (got ${describeValue(iss.input)})` }).check(z.minimum(0.01, { error: 'must be between 0.01 and 1000' }), z.maximum(1000, { error: 'must be between 0.01 and 1000' })), 1),
}, { error: (iss) => `must be an object like {"name": "upload", "type": "write", "share": 0.5, "cost": 20} (got ${describeValue(iss.input)})` });

const ruleSchema = z.strictObject({
  service: z.enum(NAMED_SERVICES as [string, ...string[]], { error: (iss) => `must be one of ${NAMED_SERVICES.join(', ')} (got ${describeValue(iss.input)})` }),
  types: z._default(z.array(typeSchema, { error: 'must be a list of request types' }).check(z.maxLength(REQUEST_TYPES.length, { error: 'lists a request type twice' })), []),
  routes: z._default(z.array(routeName, { error: 'must be a list of route names' }).check(z.maxLength(MAX_ROUTES, { error: `may list at most ${MAX_ROUTES} routes` })), []),
}, { error: (iss) => `must be an object like {"service": "uploads", "routes": ["upload"]} (got ${describeValue(iss.input)})` });

const listOf = <T extends z.ZodMiniType>(item: T, noun: string) =>
  z.array(item, { error: (iss) => `must be a list of ${noun} (got ${describeValue(iss.input)})` }).check(z.maxLength(MAX_ROUTES, { error: `may hold at most ${MAX_ROUTES} ${noun}` }));
const routesSchema = listOf(routeSchema, 'routes');
const rulesSchema = listOf(ruleSchema, 'rules');

/** A client's routes, or undefined after pushing the reasons to `errors`. */
export function decodeRoutes(raw: unknown, name: string, kind: Kind, errors: string[]): ClientRoute[] | undefined {
  if (kind !== 'client') { errors.push(`${name} (${kind}): routes: only users declare routes; remove the field.`); return undefined; }
  const parsed = routesSchema.safeParse(raw);
  if (!parsed.success) { errors.push(...describeIssues(parsed.error, `${name} (client)`, 'routes')); return undefined; }
  const routes = parsed.data as ClientRoute[];
  const problems: string[] = [];
  const names = new Set<string>();
  for (const r of routes) {
    if (names.has(r.name)) problems.push(`${name} (client): routes: "${r.name}" is declared twice; route names are unique per client.`);
    names.add(r.name);
  }
  for (const type of REQUEST_TYPES) {
    const total = routes.filter((r) => r.type === type).reduce((sum, r) => sum + r.share, 0);
    if (total > 1 + 1e-9) problems.push(`${name} (client): routes: the ${type} routes take ${Math.round(total * 100)}% of the ${type} requests; together they may take at most 100%.`);
  }
  errors.push(...problems);
  return problems.length ? undefined : routes;
}

/** A load balancer's rules, or undefined after pushing the reasons to `errors`. */
export function decodeRules(raw: unknown, name: string, kind: Kind, errors: string[]): ServiceRule[] | undefined {
  if (kind !== 'loadBalancer') { errors.push(`${name} (${kind}): rules: only a load balancer holds routing rules; remove the field.`); return undefined; }
  const parsed = rulesSchema.safeParse(raw);
  if (!parsed.success) { errors.push(...describeIssues(parsed.error, `${name} (loadBalancer)`, 'rules')); return undefined; }
  const rules = parsed.data as ServiceRule[];
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const services = new Set<string>();
  for (const rule of rules) {
    if (services.has(rule.service)) problems.push(`${name} (loadBalancer): rules: service "${rule.service}" has two rules; put its types and routes in one.`);
    services.add(rule.service);
    for (const key of [...rule.types.map((t) => `type ${t}`), ...rule.routes.map((r) => `route "${r}"`)]) {
      const before = owner.get(key);
      if (before !== undefined && before !== rule.service) problems.push(`${name} (loadBalancer): rules: ${key} is given to both ${before} and ${rule.service}; give it to one service.`);
      else if (before === rule.service) problems.push(`${name} (loadBalancer): rules: ${key} is listed twice for ${rule.service}.`);
      owner.set(key, rule.service);
    }
  }
  errors.push(...problems);
  return problems.length ? undefined : rules;
}

/**
 * The M/M/1 race, SIM.JS side (npm `simjs`): the textbook single-server queue written the way
 * SIM.JS's own examples write it, an arrivals entity and an FCFS facility.
 * `node scripts/bench/mm1-simjs.cjs <λ per s> <μ per s> <customers> <seed>` prints one JSON line.
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- run by node as a plain script */
// The published file is a browserify bundle that exports nothing to node: it only sets window.Sim.
globalThis.window = globalThis.window ?? {};
require('simjs');
const { Sim, Entity, Facility, Random, Population } = globalThis.window.Sim;

const [lambda, mu, customers, seed] = process.argv.slice(2).map(Number);
const endS = customers / lambda;
const sim = new Sim();
const random = new Random(seed);
const server = new Facility('server');
const inSystem = new Population('in system');

class Arrivals extends Entity {
  start() {
    const arrivedAt = this.time();
    inSystem.enter(arrivedAt);
    this.useFacility(server, random.exponential(mu)).done(() => inSystem.leave(arrivedAt, this.time()));
    this.setTimer(random.exponential(lambda)).done(this.start);
  }
}

sim.addEntity(Arrivals);
sim.simulate(endS);
const done = inSystem.durationSeries;
process.stdout.write(`${JSON.stringify({ customers: done.count(), meanMs: done.average() * 1000, utilization: server.usage() / endS })}\n`);

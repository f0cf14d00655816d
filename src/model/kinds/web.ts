import { choice, num } from '../params';
import { defineKind } from './kind';

export const webKind = defineKind({
  kind: 'web',
  label: 'Web server',
  category: 'compute',
  summary: 'Runs the application: a pool of workers with a queue in front.',
  params: {
    workers: num({ label: 'Workers', min: 1, max: 1000, integer: true, default: 8, help: 'Requests it can work on at once (threads or processes).' }),
    serviceMs: num({ label: 'Service time', unit: 'ms', min: 0.1, max: 60_000, default: 20, help: 'Mean CPU time one request takes on this server.' }),
    serviceDist: choice(['exponential', 'constant', 'lognormal'], { label: 'Service spread', default: 'exponential', help: 'How service times vary around the mean.' }),
    queueLimit: num({ label: 'Queue limit', min: 0, max: 1_000_000, integer: true, default: 200, help: 'Requests that may wait; beyond it they are refused (queue full).' }),
    timeoutMs: num({ label: 'Timeout', unit: 'ms', min: 1, max: 600_000, default: 5000, help: 'A request still unfinished after this long fails with a timeout.' }),
    sessions: choice(['local', 'shared'], { label: 'Sessions', default: 'local', help: 'Local: sessions live in this server’s memory. Shared: in a session store, so any server can serve any user.' }),
  },
});

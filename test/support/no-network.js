// Refuses every TCP connection to a host other than the loopback, so that no test can reach a real
// network address (api.openai.com, discord.com, huggingface.co) whatever a configuration says. The
// test workers load it (test/setup.ts) and so does every CLI process a test starts (NODE_OPTIONS in
// test/helpers/cli.ts). Plain JavaScript, because the CLI under test runs compiled, without tsx.
import net from 'node:net';

const LOOPBACK = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

/** Every connection refused so far in this process, as `host:port`. */
export const refusedConnections = [];

/** The host and port a `Socket#connect` call names, or undefined for a local (IPC) socket. */
function destination(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first !== null && typeof first === 'object') {
    if (first.path !== undefined) return undefined;
    return { host: first.host ?? 'localhost', port: first.port };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return undefined;
  return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: first };
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const to = destination(args);
  if (to && !LOOPBACK.test(String(to.host).replace(/^\[|\]$/g, ''))) {
    const where = `${to.host}:${to.port}`;
    refusedConnections.push(where);
    process.stderr.write(`test network guard: refused a connection to ${where} (tests reach only 127.0.0.1)\n`);
    throw new Error(`test network guard: refused a connection to ${where}; tests reach only 127.0.0.1`);
  }
  return connect.apply(this, args);
};

// A reference floor, not a generator: the least a Node closed loop can do per request with the
// public `net` API (onread into one buffer, one prebuilt request, no parsing, no histogram).
import net from 'node:net';

const [url, connections, seconds] = process.argv.slice(2);
const { hostname, port, pathname } = new URL(url);
const request = Buffer.from(`GET ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
const shared = Buffer.allocUnsafe(65536);
const end = Date.now() + Number(seconds) * 1000;
let answered = 0;
let open = Number(connections);
const before = process.cpuUsage();
for (let i = 0; i < Number(connections); i++) {
  const socket = net.connect({
    host: hostname,
    port: Number(port),
    onread: {
      buffer: shared,
      // The static target's responses are small and arrive whole: seeing the head's end is enough here.
      callback: () => {
        if (shared.indexOf('\r\n\r\n') >= 0) {
          answered++;
          if (Date.now() < end) socket.write(request);
          else socket.destroy();
        }
        return true;
      },
    },
  });
  socket.on('close', () => {
    if (--open === 0) {
      const cpu = process.cpuUsage(before);
      console.log(JSON.stringify({ requests: answered, cpuUs: cpu.user + cpu.system }));
    }
  });
  socket.write(request);
}

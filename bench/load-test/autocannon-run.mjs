// Runs autocannon in-process and reports its CPU time over the run (all threads), like ours reports.
import autocannon from 'autocannon';

const [url, connections, seconds] = process.argv.slice(2);
const before = process.cpuUsage();
const result = await autocannon({ url, connections: Number(connections), duration: Number(seconds), pipelining: 1 });
const cpu = process.cpuUsage(before);
console.log(
  JSON.stringify({ requests: result.requests.total, non2xx: result.non2xx, errors: result.errors, cpuUs: cpu.user + cpu.system }),
);

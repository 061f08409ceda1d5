/** The first port from `preferred` upwards that nothing on localhost listens on (0 lets the system choose). */
'use strict';
const net = require('node:net');

function tryPort(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(null));
    server.listen({ port, host: 'localhost' }, () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });
}

async function freePort(preferred = 0, attempts = 20) {
  if (preferred === 0) return tryPort(0);
  for (let port = preferred; port < preferred + attempts; port += 1) {
    const free = await tryPort(port);
    if (free !== null) return free;
  }
  return tryPort(0);
}

module.exports = { freePort };

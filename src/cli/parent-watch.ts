/**
 * Loaded first in the child that `relaunch` starts (`node --import`): the child ends when its parent does.
 * A SIGKILL of the parent cannot be passed on, and Node has no parent-death signal, so the child watches
 * its parent id: once re-parented (to init or a subreaper) it kills itself as the parent was killed.
 */
const parent = process.ppid;
const EVERY_MS = 200;

setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGKILL');
}, EVERY_MS).unref();

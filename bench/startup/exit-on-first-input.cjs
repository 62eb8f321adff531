// Preloaded with `node --require`: ends the process at the first read of an INPUT_* variable, so the
// benchmark times start-up to the first input read, whatever the action would do next.
const env = process.env;
process.env = new Proxy(env, {
  get(target, key) {
    if (typeof key === 'string' && key.startsWith('INPUT_')) process.exit(0);
    return Reflect.get(target, key);
  },
});

import { parse } from './parser.js';

/** Loads a config file. */
export function loadConfig(path) {
  return parse(readFile(path));
}

class Cache {
  get(key) {
    return this.map.get(key);
  }

  set(key, value {
    this.map.set(key, value);
  }
}

const broken = {
  a: 1,
  b: ,
};

function afterTheErrors(x) {
  return new Cache().get(x);
}

export const helper = (y) => afterTheErrors(y) + 1;

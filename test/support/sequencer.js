// Jest starts the longest suites first so that two workers finish together. On a fresh clone jest
// has no timings and orders by file size, which put the fuzzer (a small file that runs ~12 min)
// last, alone on one worker, while the other sat idle. Known long suites go first, in this order;
// everything else keeps jest's own order (its recorded timings when it has them, else size).
const Sequencer = require('@jest/test-sequencer').default;

const FIRST = ['test/contract/schemathesis.e2e.spec.ts', 'test/web/craft.e2e.spec.ts'];

class LongestFirst extends Sequencer {
  sort(tests) {
    const rank = (t) => {
      const i = FIRST.findIndex((p) => t.path.replace(/\\/g, '/').endsWith(p));
      return i < 0 ? FIRST.length : i;
    };
    const rest = super.sort(tests.filter((t) => rank(t) === FIRST.length));
    const first = tests.filter((t) => rank(t) < FIRST.length).sort((a, b) => rank(a) - rank(b));
    return [...first, ...(Array.isArray(rest) ? rest : [])];
  }
}

module.exports = LongestFirst;

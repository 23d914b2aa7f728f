const Sequencer = require('@jest/test-sequencer').default;

/**
 * The browser test files in name order, with the two that disturb the servers last: the load test, then the CMS outage
 * test (which stops and restarts the CMS).
 */
const LAST = ['load.e2e.ts', 'outage.e2e.ts'];
const rank = (test) => LAST.findIndex((name) => test.path.endsWith(name));

class E2eSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  }
}

module.exports = E2eSequencer;

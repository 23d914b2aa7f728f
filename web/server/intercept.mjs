// @ts-check

/**
 * Lets `before` see (and change) the arguments of every call of one of a response's methods, before the method runs.
 * The production server watches what Next.js writes this way, as compression middlewares do.
 * @param {import('node:http').ServerResponse} response
 * @param {'writeHead' | 'write' | 'end'} name
 * @param {(args: unknown[]) => void} before
 */
export function interceptCalls(response, name, before) {
  // Overloaded methods: every overload is forwarded unchanged.
  const original = /** @type {(...args: unknown[]) => unknown} */ (response[name]);
  /**
   * @this {import('node:http').ServerResponse}
   * @param {unknown[]} args
   */
  function intercepted(...args) {
    before(args);
    return original.apply(this, args);
  }
  Object.assign(response, { [name]: intercepted });
}

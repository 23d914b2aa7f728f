// Reading the JSON files (HAL, ORCID) with errors placed by line and column. JSON.parse does the reading; when it
// fails, a small scanner finds where, because V8's messages give no position for some errors ("Unexpected token 'x',
// ... is not valid JSON") and their wording changes between Node versions.
import { endOfContent, placeAt, PublicationFileError } from '../file-error';

export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The items of a JSON list; none when the value is missing or not a list. */
export function listItems(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** "a list", "the text \"2021\"", ...: what was found where something else was expected. */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'string' ? 'the text' : `the ${typeof value}`} ${JSON.stringify(value)}`;
}

export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const syntaxError = findJsonSyntaxError(text);
    if (syntaxError === null) throw new PublicationFileError(file, null, `not valid JSON: ${(error as Error).message}`);
    throw new PublicationFileError(file, placeAt(text, syntaxError.offset), syntaxError.problem);
  }
}

interface JsonSyntaxError {
  offset: number;
  problem: string;
}

class JsonScanError extends Error {
  constructor(readonly syntaxError: JsonSyntaxError) {
    super(syntaxError.problem);
  }
}

/** The first place where the text stops being JSON, or null if it is JSON. */
function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let position = 0;

  const fail = (problem: string, offset = position): never => {
    throw new JsonScanError({ offset, problem });
  };
  const truncated = (): never =>
    fail('the file ends in the middle of the JSON data: it looks truncated', endOfContent(text));
  const describe = (char: string): string => (char === '\n' || char === '\r' ? 'a line break' : `'${char}'`);
  const skipSpace = (): void => {
    while (position < text.length && ' \t\n\r'.includes(text[position])) position += 1;
  };
  const expect = (allowed: string, what: string): string => {
    skipSpace();
    if (position >= text.length) truncated();
    const char = text[position];
    if (!allowed.includes(char)) fail(`expected ${what}, found ${describe(char)}`);
    position += 1;
    return char;
  };

  const scanString = (): void => {
    position += 1;
    for (;;) {
      if (position >= text.length) truncated();
      const char = text[position];
      if (char === '"') {
        position += 1;
        return;
      }
      if (char === '\\') {
        const escape = text[position + 1];
        if (escape === undefined) truncated();
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6))) fail('invalid \\u escape in a string');
          position += 6;
        } else if ('"\\/bfnrt'.includes(escape)) {
          position += 2;
        } else {
          fail(`invalid escape '\\${escape}' in a string`);
        }
      } else if (char < ' ') {
        fail(
          char === '\n' || char === '\r'
            ? 'a line break inside a string: its closing quote is probably missing'
            : 'a control character inside a string',
        );
      } else {
        position += 1;
      }
    }
  };

  const scanNumber = (): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(position, position + 400));
    if (match === null) fail(`expected a value, found ${describe(text[position])}`);
    position += match![0].length;
  };

  const scanValue = (): void => {
    skipSpace();
    if (position >= text.length) truncated();
    const char = text[position];
    if (char === '{') scanObject();
    else if (char === '[') scanArray();
    else if (char === '"') scanString();
    else if (char === '-' || (char >= '0' && char <= '9')) scanNumber();
    else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, position));
      if (literal !== undefined) {
        position += literal.length;
        return;
      }
      if (['true', 'false', 'null'].some((word) => word.startsWith(text.slice(position).trimEnd()))) truncated();
      const word = /^[a-z]+/i.exec(text.slice(position, position + 40))?.[0];
      fail(`expected a value, found ${word === undefined ? describe(char) : `'${word}'`}`);
    }
  };

  const scanObject = (): void => {
    position += 1;
    skipSpace();
    if (text[position] === '}') {
      position += 1;
      return;
    }
    for (;;) {
      skipSpace();
      if (position >= text.length) truncated();
      if (text[position] !== '"') fail(`expected a property name in double quotes, found ${describe(text[position])}`);
      scanString();
      expect(':', "':' after the property name");
      scanValue();
      if (expect(',}', "',' or '}' after a property value") === '}') return;
    }
  };

  const scanArray = (): void => {
    position += 1;
    skipSpace();
    if (text[position] === ']') {
      position += 1;
      return;
    }
    for (;;) {
      scanValue();
      if (expect(',]', "',' or ']' after an array element") === ']') return;
    }
  };

  try {
    skipSpace();
    if (position >= text.length) return { offset: 0, problem: 'the file holds no JSON data' };
    scanValue();
    skipSpace();
    if (position < text.length) fail(`unexpected ${describe(text[position])} after the end of the JSON data`);
    return null;
  } catch (error) {
    if (error instanceof JsonScanError) return error.syntaxError;
    throw error;
  }
}

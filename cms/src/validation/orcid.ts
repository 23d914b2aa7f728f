const ORCID_FORMAT = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/** An ORCID iD is four groups of four digits whose last character is an ISO 7064 MOD 11-2 check digit. */
export function isValidOrcid(value: string): boolean {
  if (!ORCID_FORMAT.test(value)) return false;
  const digits = value.replace(/-/g, '');
  let total = 0;
  for (const digit of digits.slice(0, 15)) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return digits[15] === (result === 10 ? 'X' : String(result));
}

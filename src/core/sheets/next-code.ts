/**
 * The code of a new action: the next number under its objective (« 1.2.4 » after « 1.2.3 »).
 * Codes that do not follow the pattern (« 1.2.3a », « A) ») are left alone but never reused.
 */
export function nextActionCode(objectiveCode: string, existingCodes: Iterable<string>): string {
  const prefix = `${objectiveCode.trim()}.`;
  const taken = new Set<string>();
  let highest = 0;
  for (const raw of existingCodes) {
    const code = raw.trim();
    taken.add(code);
    if (!code.startsWith(prefix)) continue;
    const rest = code.slice(prefix.length);
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  let next = highest + 1;
  while (taken.has(`${prefix}${next}`)) next++;
  return `${prefix}${next}`;
}

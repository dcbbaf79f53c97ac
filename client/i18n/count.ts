/** Dutch count with the right form: 1 nieuwe persoon, 2 nieuwe personen. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

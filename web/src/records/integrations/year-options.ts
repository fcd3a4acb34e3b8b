/** Years a list can be filtered by: next year (plans are made ahead) back to six years ago. */
export function yearOptions(today: string): number[] {
  const next = Number(today.slice(0, 4)) + 1;
  return Array.from({ length: 8 }, (_, index) => next - index);
}

/** Dutch dates and numbers: every screen formats them here. */

const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** A calendar date (YYYY-MM-DD) with a short month: 3 mrt 2024. */
export function formatDateNl(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** The day of an ISO date or timestamp with the month written out: 3 maart 2024. */
export function formatDateLong(iso: string): string {
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A moment, short date and time to the second, in the browser's time zone: 03-03-2024 14:05:09. */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'medium' });
}

/** A number the Dutch way (1.234,5), with at most three decimals unless asked otherwise. */
export function formatNumber(value: number, maximumFractionDigits = 3): string {
  return value.toLocaleString('nl-NL', { maximumFractionDigits });
}

/** The text with a capital first letter, for a label that starts a line: hoog → Hoog. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

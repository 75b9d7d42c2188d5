import { ui, type Locale } from './ui.ts';

/** One formatter per language: building an Intl.DateTimeFormat for every page costs more than rendering the page's date row. */
const formats = new Map<Locale, Intl.DateTimeFormat>();

/** A day as readers of the language write it ("26 November 2026", "2026年11月26日"), read in UTC like the front matter. */
export function humanDay(date: Date, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(ui(locale).dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(date);
}

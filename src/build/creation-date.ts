/** The PDF's creation date, chosen so the same input always gives the same bytes. */

/** SOURCE_DATE_EPOCH when set, else the article's date (noon UTC), else 2000-01-01. */
export function creationDate(sourceDateEpoch: number | undefined, published: string | null): Date {
  if (sourceDateEpoch !== undefined && Number.isFinite(sourceDateEpoch)) return new Date(sourceDateEpoch * 1000);
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
    const date = new Date(`${published}T12:00:00Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return new Date('2000-01-01T00:00:00Z');
}

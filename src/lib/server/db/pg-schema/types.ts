import { customType } from 'drizzle-orm/pg-core';

/**
 * An instant stored as milliseconds since 1970 in a `bigint`, read and written as a Date: the same
 * numbers as SQLite's `integer(…, { mode: 'timestamp_ms' })`, so that a copied database has equal
 * values and raw SQL that compares instants with numbers means the same on both backends.
 */
export const timestampMs = customType<{ data: Date; driverData: string | number }>({
	dataType: () => 'bigint',
	toDriver: (value) => value.getTime(),
	fromDriver: (value) => new Date(Number(value))
});

import { TZDate } from '@date-fns/tz';
import { TIME_ZONE } from './dates';

/** The instant at which a Stockholm wall clock shows `date` `time` (server side: it pulls in @date-fns/tz). */
export function zonedToInstant(date: string, time: string): Date {
	const [y, mo, d] = date.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	return new Date(new TZDate(y, mo - 1, d, h, mi, TIME_ZONE).getTime());
}

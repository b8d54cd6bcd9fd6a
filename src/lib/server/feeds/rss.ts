const escapeXml = (s: string) =>
	s
		// Control characters are not allowed in XML 1.0; one would make feed readers reject the feed.
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
		.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** pubDate is when the item was published (or last changed), never when the activity takes place. */
export type RssItem = { guid: string; title: string; link: string; description: string; pubDate: Date };

export type RssChannel = { title: string; link: string; description: string; self: string; ttlMinutes?: number };

/** RSS 2.0 with atom:link rel="self"; every item links back to its event page. */
export function renderRss(channel: RssChannel, items: RssItem[]) {
	const body = items
		.map(
			(i) => `<item><title>${escapeXml(i.title)}</title><link>${escapeXml(i.link)}</link>` +
				`<guid isPermaLink="false">${escapeXml(i.guid)}</guid><description>${escapeXml(i.description)}</description>` +
				`<pubDate>${i.pubDate.toUTCString()}</pubDate></item>`
		)
		.join('\n');
	const built = items.length ? new Date(Math.max(...items.map((i) => i.pubDate.getTime()))) : new Date(0);
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.link)}</link>` +
		`<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>` +
		`<description>${escapeXml(channel.description)}</description><language>sv-SE</language>` +
		`<lastBuildDate>${built.toUTCString()}</lastBuildDate>${channel.ttlMinutes ? `<ttl>${channel.ttlMinutes}</ttl>` : ''}
${body}
</channel></rss>`;
}

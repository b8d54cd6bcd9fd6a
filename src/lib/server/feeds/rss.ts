const escapeXml = (s: string) =>
	s
		// Control characters are not allowed in XML 1.0; one would make feed readers reject the feed.
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
		.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export type RssItem = { guid: string; title: string; link: string; description: string; pubDate: Date };

/** RSS 2.0; every item links back to its event page. */
export function renderRss(channel: { title: string; link: string; description: string }, items: RssItem[]) {
	const body = items
		.map(
			(i) => `<item><title>${escapeXml(i.title)}</title><link>${escapeXml(i.link)}</link>` +
				`<guid isPermaLink="false">${escapeXml(i.guid)}</guid><description>${escapeXml(i.description)}</description>` +
				`<pubDate>${i.pubDate.toUTCString()}</pubDate></item>`
		)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.link)}</link>` +
		`<description>${escapeXml(channel.description)}</description><language>sv-SE</language>
${body}
</channel></rss>`;
}

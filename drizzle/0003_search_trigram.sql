-- Search as people type: "stavgang" finds Stavgång, "cafe" finds Stickcafé. A trigram index matches
-- any part of a word (Swedish compounds), and diacritics are folded (å ä ö é count as a a o e).
DROP TABLE `event_search`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `event_search` USING fts5(
	`title`, `summary`, `description`, `organisation`, `venue`,
	tokenize = 'trigram remove_diacritics 1'
);
--> statement-breakpoint
INSERT INTO `event_search` (rowid, title, summary, description, organisation, venue)
SELECT e.id, r.title, r.summary, r.description || ' ' || coalesce(r.easy_read, ''), org.name, coalesce(v.name || ' ' || v.address, '')
FROM events e
JOIN event_revisions r ON r.id = e.published_revision_id
JOIN organisations org ON org.id = e.organisation_id
LEFT JOIN venues v ON v.id = r.venue_id
WHERE e.status IN ('published', 'cancelled');

-- Full-text search over published events; rowid = events.id. Swedish letters stay distinct (å ≠ a).
CREATE VIRTUAL TABLE `event_search` USING fts5(
	`title`, `summary`, `description`, `organisation`, `venue`,
	tokenize = 'unicode61 remove_diacritics 0',
	prefix = '2 3'
);

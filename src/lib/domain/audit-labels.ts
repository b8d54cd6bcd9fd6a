/** Swedish names for the audit log's kinds and actions (the codes stay in the data and the CSV). */
export const AUDIT_KIND_LABELS: Record<string, string> = {
	account_request: 'Ansökan om konto',
	attendance: 'Närvaro',
	audience: 'Målgrupp',
	calendar_source: 'Kalender',
	category: 'Kategori',
	district: 'Stadsdel',
	event: 'Aktivitet',
	login: 'Inloggning',
	moderation: 'Granskning',
	occurrence: 'Tillfälle',
	organisation: 'Förening',
	setting: 'Inställning',
	settings: 'Inställning',
	signup: 'Anmälan',
	user: 'Användare',
	venue: 'Plats'
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
	'account_request.declined': 'Ansökan om konto avböjd',
	'attendance.corrected': 'Närvaro rättad',
	'attendance.dropin_corrected': 'Drop-in-besök rättade',
	'calendar_source.added': 'Kalender tillagd',
	'calendar_source.synced': 'Kalender hämtad',
	'calendar_source.paused': 'Kalender pausad efter fel',
	'calendar_source.pause': 'Kalender pausad',
	'calendar_source.resume': 'Kalender startad igen',
	'calendar_source.remove': 'Kalender borttagen',
	'district.updated': 'Stadsdel ändrad',
	'event.cancelled': 'Aktivitet inställd',
	'event.published_directly': 'Publicerad direkt',
	'event.submitted': 'Skickad för granskning',
	'event.draft_saved': 'Utkast sparat',
	'event.draft_deleted': 'Utkast borttaget',
	'login.burst': 'Många misslyckade inloggningar',
	'moderation.approve': 'Godkänd',
	'moderation.reject': 'Avslagen',
	'moderation.request_changes': 'Ändringar begärda',
	'occurrence.cancelled': 'Tillfälle inställt',
	'occurrence.restored': 'Tillfälle blir av ändå',
	'organisation.activated': 'Förening aktiverad',
	'organisation.created': 'Förening tillagd',
	'organisation.deactivated': 'Förening avaktiverad',
	'organisation.profile_updated': 'Föreningens uppgifter ändrade',
	'organisation.trust_changed': 'Betrodd ändrad',
	'signup.added_by_phone': 'Anmälan per telefon',
	'signup.cancelled': 'Anmälan avbokad',
	'signup.messaged': 'Meddelande till anmälda',
	'user.disabled': 'Konto avstängt',
	'user.enabled': 'Konto öppnat igen',
	'user.invited': 'Inbjudan skickad',
	'user.password_set': 'Lösenord valt',
	'user.recovery_code_used': 'Reservkod använd',
	'user.role_changed': 'Roll ändrad',
	'user.totp_enabled': 'Tvåstegsinloggning påslagen',
	'venue.created': 'Plats tillagd',
	'venue.updated': 'Plats ändrad',
	'category.created': 'Kategori tillagd',
	'category.renamed': 'Kategori ändrad',
	'audience.created': 'Målgrupp tillagd',
	'audience.renamed': 'Målgrupp ändrad'
};

export const auditKindLabel = (kind: string) => AUDIT_KIND_LABELS[kind] ?? kind;
/** "Godkänd", or for an unlisted code its kind's name and the code, e.g. "Plats (venue.approved)". */
export const auditActionLabel = (action: string) =>
	AUDIT_ACTION_LABELS[action] ?? (AUDIT_KIND_LABELS[action.split('.')[0]] ? `${AUDIT_KIND_LABELS[action.split('.')[0]]} (${action})` : action);

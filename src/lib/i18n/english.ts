/**
 * Registers the English texts of every message bundle. The server imports it at start; the browser
 * loads it (a separate chunk) only for visitors who chose English, so Swedish pages ship no English.
 */
import './messages/en/account';
import './messages/en/activities';
import './messages/en/attendance';
import './messages/en/calendar-import';
import './messages/en/common';
import './messages/en/district-admin';
import './messages/en/site-settings';
import './messages/en/staff-lists';
import './messages/en/embed';
import './messages/en/event-form';
import './messages/en/terms';
import './messages/en/event';
import './messages/en/feed-errors';
import './messages/en/feeds';
import './messages/en/list-views';
import './messages/en/map-ui';
import './messages/en/map';
import './messages/en/members';
import './messages/en/open-data';
import './messages/en/org-admin';
import './messages/en/organiser';
import './messages/en/places';
import './messages/en/places-list';
import './messages/en/program';
import './messages/en/reports';
import './messages/en/review-comment';
import './messages/en/signup-admin';
import './messages/en/signup';
import './messages/en/staff';
import './messages/en/start';
import './messages/en/subscribe';
import './messages/en/taxonomy-admin';
import './messages/en/two-factor';
import './messages/en/user-admin';
import './messages/en/venue-admin';
import './messages/en/public-forms';

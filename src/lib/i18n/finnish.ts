/**
 * Registers the Finnish texts of the public bundles (public pages, the sign-up flow, resident mail).
 * The server imports it at start; the browser loads it (a separate chunk) only for visitors who
 * chose Finnish. The organiser and staff bundles have no Finnish: those areas are Swedish for them.
 */
import './messages/fi/activities';
import './messages/fi/common';
import './messages/fi/event';
import './messages/fi/list-views';
import './messages/fi/map-ui';
import './messages/fi/map';
import './messages/fi/open-data';
import './messages/fi/places';
import './messages/fi/places-list';
import './messages/fi/program';
import './messages/fi/signup';
import './messages/fi/start';
import './messages/fi/subscribe';
import './messages/fi/vocab';
import './messages/fi/public-forms';
import './messages/fi/embed';

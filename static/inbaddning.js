// Träffpunkt's embed helper for host pages (README "Bädda in"). Include it once, after the iframes:
//   <script src="https://<träffpunkt>/inbaddning.js" async></script>
// It sizes every iframe showing a Träffpunkt embed page to its content. Messages are trusted only
// from Träffpunkt's own origin (where this file came from) and only for the frame that sent them.
// Without this script the iframe keeps the height the snippet gives it and scrolls on its own.
(function () {
	var script = document.currentScript;
	// Every snippet brings the script along: on a page with several embeds it runs once.
	if (!script || !script.src || window.traffpunktEmbeds) return;
	window.traffpunktEmbeds = true;
	var origin = new URL(script.src).origin;
	function frames() {
		return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (frame) {
			try {
				var url = new URL(frame.src, location.href);
				return url.origin === origin && url.pathname.indexOf('/inbaddning/') === 0;
			} catch (e) {
				return false;
			}
		});
	}
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== origin || !data || data.type !== 'traffpunkt:height') return;
		var height = Number(data.height);
		if (!isFinite(height) || height < 1 || height > 100000) return;
		frames().forEach(function (frame) {
			if (frame.contentWindow === event.source) {
				frame.style.height = height + 'px';
				frame.setAttribute('data-traffpunkt-sized', '');
			}
		});
	});
	// Frames that loaded before this script ran have already spoken: ask them again.
	function hello() {
		frames().forEach(function (frame) {
			if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'traffpunkt:hello' }, origin);
		});
	}
	hello();
	window.addEventListener('load', hello);
})();

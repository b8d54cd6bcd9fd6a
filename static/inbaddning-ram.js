// Inside an embedded Träffpunkt page: tells the host page how tall the content is, whenever it changes.
// Heights are not secret, so any parent may hear them; /inbaddning.js on the host checks who sent them.
(function () {
	var content = document.querySelector('[data-embed-content]');
	if (!content || window.parent === window) return;
	var last = -1;
	function send(force) {
		var height = Math.ceil(content.getBoundingClientRect().height);
		if (!force && height === last) return;
		last = height;
		window.parent.postMessage({ type: 'traffpunkt:height', height: height }, '*');
	}
	if (window.ResizeObserver) new ResizeObserver(function () { send(false); }).observe(content);
	window.addEventListener('load', function () { send(true); });
	window.addEventListener('message', function (event) {
		if (event.source === window.parent && event.data && event.data.type === 'traffpunkt:hello') send(true);
	});
	send(true);
})();

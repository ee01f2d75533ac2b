// cleanup helper: the one way pages report something to the server on their way out (analytics-beacon.js,
// search-clicks.js). agoraBeacon(url, fields) posts the fields as a form with the page's CSRF token (from the
// body's hx-headers) by navigator.sendBeacon, or by fetch with keepalive where sendBeacon is missing or refuses
// (queue full): both outlive the page that is being left. Errors are swallowed: a beacon has nobody to tell.
(function () {
  function csrf(body) {
    var headers = document.body.getAttribute('hx-headers');
    if (!headers) {
      return;
    }
    try {
      var parsed = JSON.parse(headers);
      var name = Object.keys(parsed)[0];
      if (name) {
        body.append('_csrf', parsed[name]);
      }
    } catch (e) { /* no token: the server refuses the beacon, the page is unaffected */ }
  }

  window.agoraBeacon = function (url, fields) {
    if (!url) {
      return;
    }
    var body = new URLSearchParams();
    Object.keys(fields).forEach(function (key) {
      body.append(key, fields[key] == null ? '' : fields[key]);
    });
    csrf(body);
    if (navigator.sendBeacon && navigator.sendBeacon(url, body)) {
      return;
    }
    if (window.fetch) {
      fetch(url, { method: 'POST', body: body, keepalive: true, credentials: 'same-origin' })
        .catch(function () { /* offline or refused: nothing to do */ });
    }
  };
})();

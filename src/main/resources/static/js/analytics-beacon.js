// analytics: counts a listing view or a checkout start for the market-health funnel. Sends the step and the
// listing id only (no identity, no third party) with navigator.sendBeacon; the CSRF token comes from the page.
(function () {
  var marker = document.querySelector('[data-analytics-step]');
  if (!marker || !navigator.sendBeacon) {
    return;
  }
  var body = new URLSearchParams();
  body.append('step', marker.getAttribute('data-analytics-step'));
  body.append('listing', marker.getAttribute('data-analytics-listing'));
  var headers = document.body.getAttribute('hx-headers');
  if (headers) {
    try {
      var parsed = JSON.parse(headers);
      var name = Object.keys(parsed)[0];
      if (name) {
        body.append('_csrf', parsed[name]);
      }
    } catch (e) { /* no token: the server refuses the beacon, the page is unaffected */ }
  }
  navigator.sendBeacon(marker.getAttribute('data-analytics-url'), body);
})();

// analytics: counts a listing view or a checkout start for the market-health funnel. Sends the step and the
// listing id only (no identity, no third party) through agoraBeacon (beacon.js, loaded before this script), once per
// listing and step in a browser session, so a reload does not count twice (the server keeps no session for this).
(function () {
  var marker = document.querySelector('[data-analytics-step]');
  if (!marker || !window.agoraBeacon) {
    return;
  }
  var step = marker.getAttribute('data-analytics-step');
  var listing = marker.getAttribute('data-analytics-listing');
  try {
    var seen = 'agora.funnel.' + step + '.' + listing;
    if (sessionStorage.getItem(seen)) {
      return;
    }
    sessionStorage.setItem(seen, '1');
  } catch (e) { /* no storage (private mode, disabled): report it, a reload may count again */ }
  window.agoraBeacon(marker.getAttribute('data-analytics-url'), { step: step, listing: listing });
})();

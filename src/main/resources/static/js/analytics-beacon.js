// analytics: counts a listing view or a checkout start for the market-health funnel. Sends the step and the
// listing id only (no identity, no third party) through agoraBeacon (beacon.js, loaded before this script).
(function () {
  var marker = document.querySelector('[data-analytics-step]');
  if (!marker || !window.agoraBeacon) {
    return;
  }
  window.agoraBeacon(marker.getAttribute('data-analytics-url'), {
    step: marker.getAttribute('data-analytics-step'),
    listing: marker.getAttribute('data-analytics-listing')
  });
})();

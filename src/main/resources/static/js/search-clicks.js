// ranking helper (issue 12): tells the search log which result was opened and at which position, through
// agoraBeacon (beacon.js, loaded before this script), so result links keep the listing's clean URL. Delegated on
// the document: htmx swaps the list.
(function () {
  if (!window.agoraBeacon) {
    return;
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('.listing-cards[data-search-id] > li a[href]');
    if (!link) {
      return;
    }
    var item = link.closest('li[data-position]');
    var list = item && item.parentElement;
    if (!list || !list.getAttribute('data-search-id')) {
      return;
    }
    window.agoraBeacon(list.getAttribute('data-clicks-url'), {
      search: list.getAttribute('data-search-id'),
      listing: item.getAttribute('data-listing'),
      position: item.getAttribute('data-position')
    });
  });
})();

// ranking helper (issue 12): tells the search log which result was opened and at which position, with
// navigator.sendBeacon, so result links keep the listing's clean URL. Delegated on the document: htmx swaps the list.
(function () {
  if (!navigator.sendBeacon) {
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
    var body = new URLSearchParams();
    body.append('search', list.getAttribute('data-search-id'));
    body.append('listing', item.getAttribute('data-listing'));
    body.append('position', item.getAttribute('data-position'));
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
    navigator.sendBeacon(list.getAttribute('data-clicks-url'), body);
  });
})();

// Registers the service worker (static assets cache and offline page). No inline scripts: CSP forbids them.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => navigator.serviceWorker.register("/sw.js").catch(() => {}));
}

// Live messages: the stream also carries messages sent just before the page connected, which the page already
// shows. A message whose element is on the page replaces it (same content, or its moderated form) instead of
// being appended a second time.
document.addEventListener("htmx:sseBeforeMessage", (event) => {
  const incoming = document.createElement("template");
  incoming.innerHTML = String(event.detail.data || "").trim();
  const item = incoming.content.firstElementChild;
  const existing = item && item.id ? document.getElementById(item.id) : null;
  if (existing) {
    existing.replaceWith(item);
    if (window.htmx) {
      window.htmx.process(item);
    }
    event.preventDefault();
  }
});

// Search filters: open beside the results on a wide screen, folded on a phone so the results come first. Only on
// the first load: after a filter changes, htmx re-renders the panel open and it stays open while the buyer filters.
document.addEventListener("DOMContentLoaded", () => {
  const filters = document.querySelector(".search-filters details.facets");
  if (filters && window.matchMedia("(max-width: 47.99rem)").matches) {
    filters.open = false;
  }
});

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

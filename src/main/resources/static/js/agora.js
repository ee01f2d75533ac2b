// Registers the service worker (static assets cache and offline page). No inline scripts: CSP forbids them.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => navigator.serviceWorker.register("/sw.js").catch(() => {}));
}

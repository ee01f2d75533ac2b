// Agora service worker. Static assets (fingerprinted URLs, so never stale) are served cache-first;
// page navigations go to the network and fall back to the offline page. Rendered by ServiceWorkerController.
const CACHE = "agora-__VERSION__";
const PRECACHE = "__PRECACHE__";
const OFFLINE_PAGE = "/offline";
const STATIC_ASSET = /^\/(css|js|icons|webjars)\//;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names
      .filter((name) => name.startsWith("agora-") && name !== CACHE)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_PAGE)));
  } else if (STATIC_ASSET.test(url.pathname)) {
    event.respondWith(caches.match(request).then((cached) => cached || fetchAndKeep(request)));
  }
});

function fetchAndKeep(request) {
  return fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  });
}

// --- catalog: Web Push (payload {"title", "body", "url"} sent by the notifications module) ---
self.addEventListener("push", (event) => {
  const data = event.data ? event.data.json() : {title: "Agora", body: "", url: "/me/notifications"};
  event.waitUntil(self.registration.showNotification(data.title || "Agora", {
    body: data.body, icon: "/icons/icon-192.png", data: {url: data.url || "/me/notifications"}
  }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(self.clients.openWindow(event.notification.data.url));
});
// --- end catalog ---

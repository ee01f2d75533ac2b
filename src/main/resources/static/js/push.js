// Web Push on the preferences page: subscribes this browser with the marketplace's VAPID key and sends the
// subscription (endpoint + keys) to the server. Needs a service worker (/sw.js) and the Push API.
(function () {
  const box = document.querySelector(".push-device");
  if (!box || !("serviceWorker" in navigator) || !("PushManager" in window)) {
    return;
  }
  box.hidden = false;
  const status = box.querySelector(".push-status");
  const csrf = JSON.parse(document.body.getAttribute("hx-headers") || "{}");

  function bytes(base64url) {
    const base64 = (base64url + "=".repeat((4 - base64url.length % 4) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  }

  box.querySelector(".push-on").addEventListener("click", async () => {
    try {
      if ((await Notification.requestPermission()) !== "granted") {
        status.textContent = "\u2715";
        return;
      }
      const key = await (await fetch(box.dataset.keyUrl)).text();
      const registration = await navigator.serviceWorker.register("/sw.js");
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true, applicationServerKey: bytes(key.trim())
      });
      const answer = await fetch(box.dataset.subscribeUrl, {
        method: "POST", credentials: "same-origin",
        headers: Object.assign({"Content-Type": "application/json"}, csrf),
        body: JSON.stringify(subscription.toJSON())
      });
      status.textContent = answer.ok ? "\u2713" : "\u2715";
    } catch (e) {
      status.textContent = "\u2715";
    }
  });
})();

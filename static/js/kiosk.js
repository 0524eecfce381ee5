/* Kiosk mode (only loaded on an enrolled kiosk): warn before the idle limit, then end the
   session; erase this site's storage before every end; note before leaving for another site.
   The server enforces the same limit itself, so this is for comfort, not for safety. */
(function () {
  "use strict";
  var bar = document.querySelector("[data-kiosk]");
  if (!bar) return;
  var idleMs = Number(bar.dataset.idleSeconds) * 1000;
  var warningMs = Number(bar.dataset.warningSeconds) * 1000;
  // Activity that makes no request is reported at most this often; the idle clock counts
  // from the last report, as the server's does, so the page never outlives the session.
  var reportEveryMs = Math.min(15000, idleMs / 4);
  var dialog = document.getElementById("kiosk-idle");
  var countdown = dialog.querySelector("[data-kiosk-countdown]");
  var lastReport = Date.now();
  var activeSinceReport = false;
  var ending = false;

  function wipe() {
    try { window.localStorage.clear(); } catch (error) { /* storage disabled */ }
    try { window.sessionStorage.clear(); } catch (error) { /* storage disabled */ }
    if (window.caches) {
      window.caches.keys().then(function (names) { names.forEach(function (name) { window.caches.delete(name); }); });
    }
  }

  function end(reason) {
    if (ending) return;
    ending = true;
    document.documentElement.classList.add("leaving");
    wipe();
    window.location.replace(bar.dataset.endUrl + "?reason=" + encodeURIComponent(reason));
  }

  function report() {
    lastReport = Date.now();
    activeSinceReport = false;
    fetch(bar.dataset.stillHereUrl, { method: "POST", credentials: "same-origin", redirect: "manual" })
      .then(function (response) { if (response.status !== 204) end("idle"); })
      .catch(function () { /* offline: the server's own limit still holds */ });
  }

  function onActivity() {
    if (dialog.open) return; // only the dialog's buttons count while it asks
    activeSinceReport = true;
  }
  ["pointerdown", "keydown", "input", "scroll", "touchstart"].forEach(function (type) {
    window.addEventListener(type, onActivity, { capture: true, passive: true });
  });

  window.setInterval(function () {
    var now = Date.now();
    if (activeSinceReport && now - lastReport >= reportEveryMs) report();
    var left = lastReport + idleMs - now;
    if (left <= 0) {
      end("idle");
    } else if (left <= warningMs) {
      countdown.textContent = String(Math.ceil(left / 1000));
      if (!dialog.open) dialog.showModal();
    }
  }, 500);

  dialog.querySelector("[data-kiosk-continue]").addEventListener("click", function () {
    dialog.close();
    report();
  });
  dialog.addEventListener("cancel", function () { report(); }); // Escape means "continue"
  dialog.querySelector("[data-kiosk-end-now]").addEventListener("click", function () { end("button"); });

  // Nothing typed here is kept by the browser for the next person, nor put back by Back.
  document.querySelectorAll("form").forEach(function (form) { form.setAttribute("autocomplete", "off"); });

  document.querySelectorAll("[data-kiosk-end]").forEach(function (form) {
    form.addEventListener("submit", function () { ending = true; wipe(); });
  });
  var quickExit = document.querySelector("[data-quick-exit]");
  if (quickExit) quickExit.addEventListener("click", wipe);

  // Links to other sites go through a notice first.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || link.hasAttribute("data-kiosk-outbound") || link.origin === window.location.origin || !/^https?:$/.test(link.protocol)) return;
    event.preventDefault();
    window.location.href = bar.dataset.leaveUrl + "?to=" + encodeURIComponent(link.href);
  });

  // A page restored from the back/forward cache may belong to an ended session: ask again.
  window.addEventListener("pageshow", function (event) { if (event.persisted) window.location.reload(); });
})();

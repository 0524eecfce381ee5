/* Kiosk mode (only loaded on an enrolled kiosk): warn before the idle limit, then end the
   session; erase this site's storage before every end; note before leaving for another site.
   The server enforces the same limit itself, so this is for comfort, not for safety.

   Every step of a visit replaces the page instead of adding to the tab's history — links,
   searches and forms alike — so that the next woman's Back button finds none of the
   previous one's addresses, searches or pages: the tab keeps one entry, the start page.
   (Back within a visit is given up for that; the site's own links and menus remain.) */
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
    form.addEventListener("submit", function (event) { event.preventDefault(); end("button"); });
  });
  var quickExit = document.querySelector("[data-quick-exit]");
  if (quickExit) quickExit.addEventListener("click", wipe);

  // Links: to this site, in place of the page; to other sites, through a notice first.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (!/^https?:$/.test(link.protocol) || link.hasAttribute("download")) return;
    event.preventDefault();
    var here = link.origin === window.location.origin;
    if (here && link.pathname === window.location.pathname && link.search === window.location.search && link.hash) {
      window.location.hash = link.hash; // a place on this page
    } else if (here || link.hasAttribute("data-kiosk-outbound")) {
      window.location.replace(link.href);
    } else {
      window.location.replace(bar.dataset.leaveUrl + "?to=" + encodeURIComponent(link.href));
    }
  });

  // Forms: a search (GET) opens its results in place of the page; a form that sends (POST)
  // is sent from here and its answer shown in place of the page.
  // The page it was sent on to is shown as fetched (not asked for again, which would lose
  // the message it carries: "signed in", "your message is saved").
  function showAnswer(response) {
    response.text().then(function (html) {
      window.history.replaceState(null, "", response.url);
      document.open();
      document.write(html);
      document.close();
    });
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || form.hasAttribute("data-kiosk-end")) return;
    var action = new URL(form.getAttribute("action") || window.location.href, window.location.href);
    if (action.origin !== window.location.origin) return;
    event.preventDefault();
    var data = new FormData(form, event.submitter || undefined);
    if ((form.getAttribute("method") || "get").toLowerCase() === "get") {
      action.search = new URLSearchParams(data).toString();
      window.location.replace(action.href);
      return;
    }
    fetch(action.href, { method: "POST", body: data, credentials: "same-origin" })
      .then(showAnswer)
      .catch(function () { form.submit(); }); // the network failed: send it the plain way
  });

  // A page restored from the back/forward cache may belong to an ended session: ask again.
  window.addEventListener("pageshow", function (event) { if (event.persisted) window.location.reload(); });
})();

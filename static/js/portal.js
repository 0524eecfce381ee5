/* Quick exit: leave for a neutral site and leave no portal page behind Back.
   - Where the browser has the Navigation API, go back to the first portal page of this tab
     and replace that one with the neutral site: Back then leads to where she was before
     the portal (or nowhere).
   - A flag in this tab's sessionStorage makes any portal page reached afterwards by Back or
     Forward replace itself with the neutral site at once (older browsers, pages kept in
     the back-forward cache). Opening the portal anew clears it.
   Without JavaScript the button is a plain link: the safety page says what remains.
   On the citizen-space computer the exit ends the kiosk session instead, which leaves the
   browser with one neutral entry itself (kiosk.js). */
(function () {
  "use strict";
  var exitLink = document.querySelector("[data-quick-exit]");
  if (!exitLink) return;
  var LEFT = "portal-left";
  var root = document.documentElement;

  function remember(value) {
    try {
      if (value) sessionStorage.setItem(LEFT, "1");
      else sessionStorage.removeItem(LEFT);
    } catch (error) { /* storage refused: the replace below still leaves */ }
  }
  function hasLeft() {
    try { return sessionStorage.getItem(LEFT) === "1"; } catch (error) { return false; }
  }
  function goToNeutral() {
    root.classList.add("leaving"); // hide the page at once
    window.location.replace(exitLink.href);
  }

  function leave(event) {
    if (event) event.preventDefault();
    if (exitLink.dataset.quickExit === "kiosk") {
      goToNeutral();
      return;
    }
    root.classList.add("leaving");
    remember(true);
    var navigation = window.navigation;
    if (navigation && navigation.currentEntry && typeof navigation.traverseTo === "function") {
      var first = navigation.entries()[0]; // this tab's portal pages only (same origin)
      if (first && first.key !== navigation.currentEntry.key) {
        // A refused traversal leaves at once; an aborted one is this page unloading.
        navigation.traverseTo(first.key).committed.catch(function (error) {
          if (!error || error.name !== "AbortError") goToNeutral();
        });
        return;
      }
    }
    goToNeutral();
  }
  exitLink.addEventListener("click", leave);

  // Arriving after an exit: by Back or Forward, or restored from the back-forward cache.
  var arrival = (performance.getEntriesByType("navigation")[0] || {}).type;
  if (hasLeft()) {
    if (arrival === "back_forward") goToNeutral();
    else remember(false); // she opened the portal again herself
  }
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && hasLeft()) goToNeutral();
  });

  // Escape three times in a row (within 2 seconds of each other) also leaves.
  var presses = 0;
  var lastPress = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      presses = 0;
      return;
    }
    var now = Date.now();
    presses = now - lastPress < 2000 ? presses + 1 : 1;
    lastPress = now;
    if (presses >= 3) leave();
  });
})();

/* Embed facades: nothing is requested from YouTube, Facebook or X until the reader clicks
   "Load content". Without JavaScript the facade keeps its link to the original. */
(function () {
  "use strict";
  document.querySelectorAll("[data-embed]").forEach(function (figure) {
    var button = figure.querySelector("[data-embed-load]");
    var player = figure.querySelector("template[data-embed-player]");
    if (!button || !player) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("div");
      frame.className = "embed__player";
      frame.appendChild(player.content.cloneNode(true));
      figure.querySelector(".embed__facade").replaceWith(frame);
      var iframe = frame.querySelector("iframe");
      if (iframe) iframe.focus();
    });
  });
})();

/* The main menu is always open on a wide screen, also where CSS cannot show a closed
   <details>' content (browsers without ::details-content). */
(function () {
  "use strict";
  var menu = document.querySelector("[data-main-menu]");
  if (!menu || !window.matchMedia) return;
  var wide = window.matchMedia("(min-width: 48rem)");
  function follow() {
    if (wide.matches) menu.open = true;
  }
  follow();
  wide.addEventListener("change", follow);
})();

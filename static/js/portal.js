/* Quick exit: leave for a neutral site with location.replace, so the Back button does not
   return here. The button is a plain link too, which is enough without JavaScript. */
(function () {
  "use strict";
  var exitLink = document.querySelector("[data-quick-exit]");
  if (!exitLink) return;

  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.classList.add("leaving"); // hide the page at once
    window.location.replace(exitLink.href);
  }
  exitLink.addEventListener("click", leave);

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

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

// Quick exit: replace this page with a neutral one so Back does not return here.
// Click the "Leave this site now" link, or press Escape twice within a second.
(function () {
  "use strict";
  var link = document.getElementById("quick-exit");
  if (!link) {
    return;
  }
  var target = link.getAttribute("data-exit-url") || "/weather";
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.classList.add("leaving");
    window.location.replace(target);
  }
  link.addEventListener("click", leave);
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    var now = Date.now();
    if (now - lastEscape < 1000) {
      leave(event);
    }
    lastEscape = now;
  });
})();

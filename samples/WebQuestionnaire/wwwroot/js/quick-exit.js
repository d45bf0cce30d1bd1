// Quick exit: replace this page with the exit address so Back does not return here. On a partner's
// pages that address is /c/{id}/exit, which forgets their answers and seat cookie, clears this site's
// cache and redirects to a neutral page; elsewhere it is the neutral page itself. The link's own href
// is the same address, so the exit works without script too.
// Click the "Leave this site now" link, or press Escape twice within a second.
(function () {
  "use strict";

  // Back/forward cache: a page kept in memory would come back with its form as it was left, answers
  // ticked. Forms are reset as the page is hidden, and a page restored from that cache is fetched
  // again, which after a quick exit answers "not found".
  window.addEventListener("pagehide", function () {
    var forms = document.forms;
    for (var i = 0; i < forms.length; i++) {
      forms[i].reset();
    }
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.documentElement.classList.add("leaving");
      window.location.reload();
    }
  });

  var link = document.getElementById("quick-exit");
  if (!link) {
    return;
  }
  var target = link.getAttribute("data-exit-url") || link.getAttribute("href") || "/weather";
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

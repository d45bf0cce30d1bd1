// Moves focus to the error summary after a form comes back with errors, so it is read out first.
(function () {
  "use strict";
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
})();

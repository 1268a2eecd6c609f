// Progressive enhancement only: every page works without this script.
(function () {
  "use strict";

  // Parts that only work with script (the graph, the map) are shown only when script runs.
  document.documentElement.classList.add("js");

  // Filter forms apply as soon as a select changes; the Apply button stays for keyboard and no-script use.
  document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.requestSubmit(); });
  });

  // Empty filters stay out of the URL, so a shared link shows only what was chosen.
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (field) {
        if (field.name && field.value === "") { field.disabled = true; }
      });
    });
  });

  // Buttons that change the ledger ask once before a second click can submit again.
  document.querySelectorAll("form[method=post]").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("button[type=submit]").forEach(function (button) {
        button.disabled = true;
        button.classList.add("busy");
      });
    });
  });
})();

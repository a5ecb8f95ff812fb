// The sending screen of a newsletter issue: refresh the delivery figures every two
// seconds while the issue is going out; reload once it has finished, for the final list.
(function () {
  "use strict";
  const section = document.querySelector("[data-mailing-progress]");
  if (!section || section.dataset.mailingStatus !== "sending") return;

  function show(figures) {
    section.querySelectorAll("[data-field]").forEach(function (element) {
      const name = element.dataset.field;
      if (name === "percent-bar") {
        element.style.width = figures.percent + "%";
        element.parentElement.setAttribute("aria-valuenow", figures.percent);
      } else if (name in figures) {
        element.textContent = figures[name];
      }
    });
  }

  function poll() {
    fetch(section.dataset.mailingProgress, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (figures) {
        if (!figures) return;
        show(figures);
        if (figures.status === "sending") {
          window.setTimeout(poll, 2000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 2000);
})();

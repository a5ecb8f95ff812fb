// Tweakment Finder: apply filters as they change, without a full reload. The form
// works without this file; here we fetch the same GET URL and swap the regions
// marked data-finder-live (results, counts, notices) from the fresh page.
(function () {
  "use strict";
  var form = document.getElementById("finder-form");
  if (!form || !window.Tweakments || !window.Tweakments.canSwap) return;
  var typing = null;

  function filterUrl() {
    var query = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== "") query.append(name, value);
    });
    var search = query.toString();
    return form.getAttribute("action") + (search ? "?" + search : "");
  }

  function ticked() {
    return Array.prototype.map.call(
      document.querySelectorAll('input[form="compare-form"]:checked'),
      function (box) { return box.value; }
    );
  }

  // The comparison shows three at most: once three are ticked, the rest wait, and the
  // bar above the cards says why.
  function limitCompare() {
    var note = document.getElementById("compare-limit");
    if (!note) return;
    var limit = parseInt(note.getAttribute("data-limit"), 10);
    var boxes = document.querySelectorAll('input[form="compare-form"]');
    var full = ticked().length >= limit;
    Array.prototype.forEach.call(boxes, function (box) {
      box.disabled = full && !box.checked;
    });
    if (!note.hasAttribute("data-default")) note.setAttribute("data-default", note.textContent);
    note.textContent = full
      ? "You've ticked " + limit + ", as many as fit side by side. Untick one to choose another."
      : note.getAttribute("data-default");
  }

  function refresh() {
    var url = filterUrl();
    var keep = ticked();
    var regions = Array.prototype.map.call(
      document.querySelectorAll("[data-finder-live]"),
      function (region) { return region.id; }
    );
    window.Tweakments.swapFromPage(url, regions, {
      fallback: function () { form.submit(); },
    }).then(function (fresh) {
      if (!fresh) return;
      keep.forEach(function (slug) {
        var box = document.getElementById("compare-" + slug);
        if (box) box.checked = true;
      });
      limitCompare();
      window.history.replaceState(null, "", url);
    });
  }

  document.addEventListener("change", function (event) {
    if (event.target.getAttribute("form") === "compare-form") limitCompare();
  });
  limitCompare();
  // Wide screens show the filters beside the results; open them where CSS alone can't.
  var filters = form.querySelector(".finder__filters");
  if (filters && window.matchMedia("(min-width: 992px)").matches) filters.open = true;

  form.addEventListener("change", function (event) {
    if (event.target.name !== "q") refresh();
  });
  form.addEventListener("input", function (event) {
    if (event.target.name !== "q") return;
    window.clearTimeout(typing);
    typing = window.setTimeout(refresh, 350);
  });
})();

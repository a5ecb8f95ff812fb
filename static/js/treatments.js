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
      window.history.replaceState(null, "", url);
    });
  }

  form.addEventListener("change", function (event) {
    if (event.target.name !== "q") refresh();
  });
  form.addEventListener("input", function (event) {
    if (event.target.name !== "q") return;
    window.clearTimeout(typing);
    typing = window.setTimeout(refresh, 350);
  });
})();

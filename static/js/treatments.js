// Tweakment Finder: apply filters as they change, without a full reload. The form
// works without this file; here we fetch the same GET URL and swap the regions
// marked data-finder-live (results, counts, notices) from the fresh page.
(function () {
  "use strict";
  var form = document.getElementById("finder-form");
  if (!form || !window.Tweakments || !window.Tweakments.canSwap) return;
  var typing = null;
  var TICKS_KEY = "finder-ticks";

  function filterUrl() {
    var query = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== "") query.append(name, value);
    });
    var search = query.toString();
    return form.getAttribute("action") + (search ? "?" + search : "");
  }

  // Ticked treatments belong to the finder's form: boxes on the cards, hidden fields for
  // those ticked on other pages of results.
  function tickedFields() {
    return Array.prototype.filter.call(form.elements, function (field) {
      return field.name === "t" && (field.type === "hidden" || field.checked);
    });
  }

  // The comparison shows three at most: once three are ticked, the rest wait. The bar
  // under the cards counts the ticks and names them.
  function showTicks() {
    var status = document.getElementById("compare-status");
    if (!status) return;
    var limit = parseInt(status.getAttribute("data-limit"), 10);
    var ticked = tickedFields();
    var full = ticked.length >= limit;
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name === "t" && field.type === "checkbox") field.disabled = full && !field.checked;
    });
    if (!status.hasAttribute("data-empty")) {
      status.setAttribute("data-empty", "Tick up to " + limit + " treatments to compare them side by side.");
    }
    status.textContent = "";
    if (!ticked.length) {
      status.textContent = status.getAttribute("data-empty");
      return;
    }
    var count = document.createElement("strong");
    count.textContent = ticked.length + " of " + limit + " ticked:";
    status.appendChild(count);
    var names = ticked.map(function (field) { return field.getAttribute("data-title"); });
    status.appendChild(document.createTextNode(" " + names.join(", ") + (full ? " (the most that fit side by side)" : "")));
  }

  // Links to other pages of results, and Clear filters, carry the ticks in their query.
  function carryTicks() {
    var slugs = tickedFields().map(function (field) { return field.value; });
    var links = document.querySelectorAll("#finder-results .pager a, #finder-clear a");
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href);
      url.searchParams.delete("t");
      slugs.forEach(function (slug) { url.searchParams.append("t", slug); });
      link.href = url.pathname + url.search;
    });
    var here = new URL(window.location.href);
    here.searchParams.delete("t");
    slugs.forEach(function (slug) { here.searchParams.append("t", slug); });
    window.history.replaceState(null, "", here.pathname + here.search);
    try { sessionStorage.setItem(TICKS_KEY, slugs.join(" ")); } catch (e) { /* private mode */ }
  }

  // Coming back to the finder by a link without ticks (the menu, a treatment's breadcrumb),
  // the visitor finds this tab's ticks again: the page is asked for once more with them.
  function restoreTicks() {
    var here = new URL(window.location.href);
    if (here.searchParams.has("t")) return false;
    var stored = "";
    try { stored = sessionStorage.getItem(TICKS_KEY) || ""; } catch (e) { return false; }
    if (!stored) return false;
    stored.split(" ").forEach(function (slug) { here.searchParams.append("t", slug); });
    window.location.replace(here.pathname + here.search);
    return true;
  }

  function refresh() {
    var url = filterUrl();
    var regions = Array.prototype.map.call(
      document.querySelectorAll("[data-finder-live]"),
      function (region) { return region.id; }
    );
    window.Tweakments.swapFromPage(url, regions, {
      fallback: function () { form.submit(); },
    }).then(function (fresh) {
      if (!fresh) return;
      showTicks();
      window.history.replaceState(null, "", url);
    });
  }

  // The tick boxes sit on the cards, outside the form's element, so their changes bubble
  // to the document rather than the form.
  document.addEventListener("change", function (event) {
    if (event.target.name !== "t" || event.target.form !== form) return;
    showTicks();
    carryTicks();
  });
  if (restoreTicks()) return;
  showTicks();
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

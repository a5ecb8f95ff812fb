// Find a Practitioner: slider read-outs, live results and maps. The directory is a plain
// GET form and works without this file; Leaflet is fetched only when a map is asked for.
(function () {
  "use strict";

  var MILE_IN_METRES = 1609.344;
  var leafletLoading = null;

  function plural(count, unit) {
    return count + " " + unit + (Number(count) === 1 ? "" : "s");
  }

  function showRangeValue(input) {
    var output = document.getElementById(input.id + "_output");
    if (output) output.textContent = plural(input.value, input.dataset.unit);
  }

  // A <select> of a few steps becomes a slider over them: the slider moves by step (its
  // value is the step's index) and writes the chosen step into the <select>, which stays
  // in the form as the value sent.
  function setUpSteppedRange(field) {
    var select = field.querySelector("select");
    var row = field.querySelector(".range-field__row");
    var slider = row.querySelector("input[type=range]");
    var output = row.querySelector("output");
    function show() {
      var option = select.options[slider.value];
      select.value = option.value;
      output.textContent = option.text;
      slider.setAttribute("aria-valuetext", option.text);
    }
    slider.value = select.selectedIndex;
    show();
    field.querySelector("label").htmlFor = slider.id;
    select.hidden = true;
    row.hidden = false;
    slider.addEventListener("input", show);
  }

  function loadLeaflet(container) {
    if (window.L) return Promise.resolve(window.L);
    if (!leafletLoading) {
      leafletLoading = new Promise(function (resolve, reject) {
        var css = document.createElement("link");
        css.rel = "stylesheet";
        css.href = container.dataset.leafletCss;
        document.head.appendChild(css);
        var script = document.createElement("script");
        script.src = container.dataset.leafletJs;
        script.onload = function () { resolve(window.L); };
        script.onerror = function () { leafletLoading = null; reject(new Error("Leaflet")); };
        document.head.appendChild(script);
      });
    }
    return leafletLoading;
  }

  function popupFor(point) {
    // Built from text nodes: names come from editors and must not become markup.
    var box = document.createElement("div");
    var name = document.createElement(point.url ? "a" : "strong");
    name.textContent = point.name;
    if (point.url) name.href = point.url;
    box.appendChild(name);
    box.appendChild(document.createElement("br"));
    box.appendChild(document.createTextNode(point.clinic));
    return box;
  }

  function drawMap(L, container) {
    var data = JSON.parse(document.getElementById(container.dataset.pointsId).textContent);
    container.hidden = false;
    var map = L.map(container, { scrollWheelZoom: false });
    map.attributionControl.setPrefix(false);
    if (container.dataset.tiles) {
      L.tileLayer(container.dataset.tiles, {
        maxZoom: 18,
        attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
      }).addTo(map);
    }
    var bounds = L.latLngBounds([]);
    if (data.origin) {
      var origin = L.latLng(data.origin.lat, data.origin.lng);
      var radius = data.miles * MILE_IN_METRES;
      L.circle(origin, { radius: radius, color: "#6b1f5c", weight: 1, fillOpacity: 0.06 }).addTo(map);
      bounds.extend(origin.toBounds(radius * 2));
    }
    data.points.forEach(function (point) {
      L.circleMarker([point.lat, point.lng], {
        radius: 8, color: "#fff", weight: 2, fillColor: "#6b1f5c", fillOpacity: 1
      }).bindPopup(popupFor(point)).addTo(map);
      bounds.extend([point.lat, point.lng]);
    });
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    return map;
  }

  // A "Show on a map" button before each map container; the map stays hidden until asked.
  function setUpMap(container, startOpen) {
    if (!container || container.dataset.ready) return;
    container.dataset.ready = "1";
    container.id = container.id || container.dataset.pointsId + "-map";
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", container.dataset.mapLabel);
    container.hidden = true;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-outline-brand btn-sm map-toggle";
    button.setAttribute("aria-controls", container.id);
    button.setAttribute("aria-expanded", "false");
    button.textContent = "Show on a map";
    container.parentNode.insertBefore(button, container);
    var map = null;
    function open() {
      loadLeaflet(container).then(function (L) {
        container.hidden = false;
        if (!map) map = drawMap(L, container);
        button.textContent = "Hide the map";
        button.setAttribute("aria-expanded", "true");
        rememberMap(true);
      }, function () {
        button.textContent = "The map could not be loaded";
        button.disabled = true;
      });
    }
    button.addEventListener("click", function () {
      if (container.hidden) {
        open();
        return;
      }
      container.hidden = true;
      button.textContent = "Show on a map";
      button.setAttribute("aria-expanded", "false");
      rememberMap(false);
    });
    if (startOpen) open();
  }

  // The directory keeps the map open across searches once a visitor has opened it.
  function rememberMap(isOpen) {
    try { sessionStorage.setItem("practitioners-map", isOpen ? "open" : ""); } catch (e) { /* private mode */ }
  }

  function mapWasOpen() {
    try { return sessionStorage.getItem("practitioners-map") === "open"; } catch (e) { return false; }
  }

  // Live results: the same GET request the form makes, its results swapped into place.
  function setUpLiveResults(form) {
    var timer = null;

    function syncPostcodeErrors(fresh) {
      var current = form.querySelector("[name=postcode]");
      var updated = fresh.querySelector("form[data-directory-form] [name=postcode]");
      if (!current || !updated) return;
      current.className = updated.className;
      ["aria-invalid", "aria-describedby"].forEach(function (name) {
        if (updated.hasAttribute(name)) current.setAttribute(name, updated.getAttribute(name));
        else current.removeAttribute(name);
      });
      var wrapper = current.closest(".mb-3") || current.parentNode;
      wrapper.querySelectorAll(".invalid-feedback").forEach(function (node) { node.remove(); });
      var freshWrapper = updated.closest(".mb-3") || updated.parentNode;
      freshWrapper.querySelectorAll(".invalid-feedback").forEach(function (node) {
        wrapper.appendChild(node);
      });
    }

    function update() {
      var query = new URLSearchParams(new FormData(form)).toString();
      var url = form.action.split("?")[0] + "?" + query;
      var results = document.getElementById("directory-results");
      var keepMapOpen = mapWasOpen();
      results.setAttribute("aria-busy", "true");
      window.Tweakments.swapFromPage(url, ["directory-results"], {
        fallback: function () { form.submit(); },
      }).then(function (fresh) {
        if (!fresh) return;
        results.removeAttribute("aria-busy");
        syncPostcodeErrors(fresh);
        history.replaceState(null, "", url);
        setUpMap(results.querySelector("[data-map]"), keepMapOpen);
      });
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(update, 300);
    }

    form.addEventListener("input", function (event) {
      if (event.target.type === "range") later();
    });
    form.addEventListener("change", function (event) {
      if (event.target.type !== "range") later();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      update();
    });
  }

  document.querySelectorAll("[data-stepped-range]").forEach(setUpSteppedRange);
  document.querySelectorAll("input[type=range][data-unit]").forEach(function (input) {
    input.addEventListener("input", function () { showRangeValue(input); });
  });
  var form = document.querySelector("form[data-directory-form]");
  if (form && window.Tweakments && window.Tweakments.canSwap) setUpLiveResults(form);
  document.querySelectorAll("[data-map]").forEach(function (container) {
    setUpMap(container, form ? mapWasOpen() : false);
  });
})();

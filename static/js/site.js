// Progressive enhancements only: every page works without this file.
(function () {
  "use strict";
  // Move focus to the main landmark after the skip link, for browsers that don't.
  var skip = document.querySelector(".skip-link");
  if (skip) {
    skip.addEventListener("click", function () {
      var main = document.getElementById("main");
      if (main) main.focus();
    });
  }
  // Wide screens show the menu as a row; open its <details> where CSS alone can't.
  var menu = document.querySelector(".site-nav__menu");
  if (menu && window.matchMedia("(min-width: 768px)").matches) menu.open = true;

  // Live updates share one routine: fetch the page a plain form submission would load and
  // swap regions of it into this one. `fallback` runs when that fails (usually
  // form.submit()), so a reader without a working fetch still gets the full page.
  var pending = {};
  function swapFromPage(url, ids, options) {
    options = options || {};
    var key = options.key || url.split("?")[0];
    if (pending[key]) pending[key].abort();
    var controller = (pending[key] = new AbortController());
    return fetch(url, {
      method: options.method || "GET",
      body: options.body,
      signal: controller.signal,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch", Accept: "text/html" },
    })
      .then(function (response) {
        if (!response.ok && !(options.okStatuses || []).includes(response.status)) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        ids.forEach(function (id) {
          var current = document.getElementById(id);
          var update = fresh.getElementById(id);
          // Contents, not the element: live regions keep announcing their changes.
          if (current && update) current.innerHTML = update.innerHTML;
        });
        return fresh;
      })
      .catch(function (error) {
        if (error.name === "AbortError") return null;
        if (options.fallback) options.fallback(error);
        return null;
      });
  }

  window.Tweakments = {
    canSwap: !!(window.fetch && window.DOMParser && window.AbortController),
    swapFromPage: swapFromPage,
  };
})();

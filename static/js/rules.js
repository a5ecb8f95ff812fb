// "Rules where you live": switch nations without reloading, and remember the reader's
// nation in this browser (localStorage, never a cookie, so pages stay cacheable). Without
// JavaScript the nation links and the postcode form do the same through ?nation=.
(function () {
  "use strict";
  var KEY = "tweakments:nation";

  function remember(nation) {
    try {
      window.localStorage.setItem(KEY, nation);
    } catch (error) {
      /* private browsing: the address still carries the choice */
    }
  }

  function remembered() {
    try {
      return window.localStorage.getItem(KEY);
    } catch (error) {
      return null;
    }
  }

  // The directory knows where the reader searched.
  document.querySelectorAll("[data-remember-nation]").forEach(function (element) {
    remember(element.getAttribute("data-remember-nation"));
  });

  var box = document.querySelector("[data-rules-box]");
  if (!box || box.hasAttribute("data-rules-ready")) return;
  box.setAttribute("data-rules-ready", "");
  var links = box.querySelectorAll("[data-nation]");

  var nations = Array.prototype.map.call(links, function (link) {
    return link.getAttribute("data-nation");
  });

  function show(nation, updateAddress) {
    if (nations.indexOf(nation) === -1) return false;
    var panel = box.querySelector('[data-nation-rules="' + nation + '"]');
    if (!panel) return false;
    box.querySelectorAll("[data-nation-rules]").forEach(function (other) {
      other.hidden = other !== panel;
    });
    links.forEach(function (link) {
      if (link.getAttribute("data-nation") === nation) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
    remember(nation);
    if (updateAddress && window.history.replaceState) {
      var url = new URL(window.location.href);
      url.searchParams.set("nation", nation);
      url.hash = "rules";
      window.history.replaceState(null, "", url);
    }
    return true;
  }

  links.forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (show(link.getAttribute("data-nation"), true)) event.preventDefault();
    });
  });

  var inAddress = new URL(window.location.href).searchParams.get("nation");
  if (inAddress) {
    if (nations.indexOf(inAddress) !== -1) remember(inAddress);
  } else if (remembered()) {
    show(remembered(), false);
  }
})();

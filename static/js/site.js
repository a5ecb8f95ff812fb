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
})();

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
})();

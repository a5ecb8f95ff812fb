// The chat button: loads the panel's script the first time it is opened.
(function () {
  "use strict";
  var widget = document.querySelector("[data-chat-widget]");
  if (!widget) return;
  var button = widget.querySelector("[data-chat-open]");
  var loading = false;
  button.setAttribute("role", "button");
  button.addEventListener("keydown", function (event) {
    if (event.key === " ") {
      event.preventDefault();
      button.click();
    }
  });
  button.addEventListener("click", function (event) {
    event.preventDefault();
    if (window.TweakmentsChat) {
      window.TweakmentsChat.toggle();
      return;
    }
    if (loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = widget.dataset.panelScript;
    script.onload = function () { window.TweakmentsChat.toggle(); };
    script.onerror = function () { window.location.href = button.href; };
    document.head.appendChild(script);
  });
})();

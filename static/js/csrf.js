// Forms on cached pages carry an empty CSRF token field ({% csrf_field %}): fill it from
// /csrf/ just before the form is sent, then send it as if nothing happened. Without this
// file (or if /csrf/ fails) the server answers with a page to send the form again.
// Other scripts (the chatbot) get a token with window.tweakmentsCsrf.token().
(function () {
  "use strict";

  var pending = null;
  var known = "";

  function token() {
    if (!pending) {
      pending = fetch("/csrf/", {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          if (!response.ok) throw new Error(response.statusText);
          return response.json();
        })
        .then(function (data) {
          known = data.token;
          return known;
        });
      pending.catch(function () {
        pending = null;
      });
    }
    return pending;
  }

  function fillBeforeSubmit(event) {
    var form = event.target;
    var field = form.querySelector && form.querySelector("input[data-csrf-token]");
    if (!field || field.value || !window.fetch) return;
    if (known) {
      // Already fetched (the chatbot or a hint asked for it): the submission goes on as is.
      // Sending it again from a promise would not do: a browser ignores requestSubmit()
      // while this submit event is still being dispatched, and a resolved promise's
      // callback runs then.
      field.value = known;
      return;
    }
    // Hold the submission (and other scripts' submit handlers) until the token is in.
    event.preventDefault();
    event.stopImmediatePropagation();
    var submitter = event.submitter;
    token()
      .then(function (value) {
        field.value = value;
        if (form.requestSubmit) form.requestSubmit(submitter || undefined);
        else form.submit();
      })
      .catch(function () {
        form.submit();
      });
  }

  document.addEventListener("submit", fillBeforeSubmit, true);
  window.tweakmentsCsrf = { token: token };
})();

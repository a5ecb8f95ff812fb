// Ask Alice enhancements: a character counter, "Alice may already have answered this", and
// errors that go away once their field is put right. Without this file the forms post as
// usual, the server checks every field, and nothing is lost.
(function () {
  "use strict";

  var DEBOUNCE_MS = 400;
  var MIN_LENGTH = 12;

  function addCounter(textarea) {
    var limit = parseInt(textarea.getAttribute("maxlength"), 10);
    if (!limit) return;
    var counter = document.createElement("p");
    counter.className = "question-counter";
    counter.id = textarea.id + "-counter";
    // Announced politely, and only when it matters (near and at the limit).
    var warning = document.createElement("p");
    warning.className = "visually-hidden";
    warning.setAttribute("aria-live", "polite");
    textarea.insertAdjacentElement("afterend", counter);
    // The live count replaces the static "Up to 1,000 characters." help text.
    var help = document.getElementById(textarea.id + "_helptext");
    if (help) help.hidden = true;
    counter.insertAdjacentElement("afterend", warning);
    var described = textarea.getAttribute("aria-describedby");
    textarea.setAttribute("aria-describedby", (described ? described + " " : "") + counter.id);
    var lastWarning = "";
    function update() {
      var left = limit - textarea.value.length;
      counter.textContent = left + " of " + limit + " characters left";
      counter.classList.toggle("question-counter--low", left <= 100);
      var message = left <= 0 ? "Character limit reached." : left <= 100 ? "100 characters or fewer left." : "";
      if (message !== lastWarning) {
        warning.textContent = message;
        lastWarning = message;
      }
    }
    textarea.addEventListener("input", update);
    update();
  }

  function addSimilarAnswers(form, textarea) {
    var url = form.getAttribute("data-similar-url");
    if (!url || !window.fetch || !window.FormData) return;
    var region = document.createElement("div");
    region.className = "similar-answers";
    region.setAttribute("aria-live", "polite");
    textarea.parentNode.appendChild(region);
    var timer = null;
    var lastQuery = "";
    var controller = null;

    function show(results) {
      region.textContent = "";
      if (!results.length) return;
      var heading = document.createElement("p");
      heading.className = "similar-answers__heading";
      heading.textContent = "Alice may already have answered this:";
      var list = document.createElement("ul");
      results.forEach(function (item) {
        var li = document.createElement("li");
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.question;
        li.appendChild(link);
        list.appendChild(li);
      });
      region.appendChild(heading);
      region.appendChild(list);
    }

    function lookUp() {
      var query = textarea.value.trim().slice(0, 200);
      if (query === lastQuery) return;
      lastQuery = query;
      if (query.length < MIN_LENGTH) {
        show([]);
        return;
      }
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      // POSTed: a draft question stays out of URLs and logs.
      var body = new FormData();
      body.append("q", query);
      fetch(url, {
        method: "POST",
        body: body,
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          show(data.results || []);
        })
        .catch(function () {
          /* a failed hint is not worth bothering the visitor about */
        });
    }

    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(lookUp, DEBOUNCE_MS);
    });
    if (textarea.value.trim()) lookUp();
  }

  // The server's error under a field stays until the field passes the browser's own checks
  // (required, e-mail, length), then it goes with its aria-invalid and aria-describedby.
  function clearErrorWhenValid(field) {
    function clear() {
      if (field.getAttribute("aria-invalid") !== "true" || !field.checkValidity()) return;
      field.classList.remove("is-invalid");
      field.removeAttribute("aria-invalid");
      field.parentNode.querySelectorAll(".invalid-feedback").forEach(function (error) {
        error.remove();
      });
      var described = (field.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
        return id && document.getElementById(id);
      });
      if (described.length) field.setAttribute("aria-describedby", described.join(" "));
      else field.removeAttribute("aria-describedby");
    }
    ["input", "change", "blur"].forEach(function (kind) {
      field.addEventListener(kind, clear);
    });
  }

  document.querySelectorAll("form.question-form").forEach(function (form) {
    form.querySelectorAll("[aria-invalid=true]").forEach(clearErrorWhenValid);
    var textarea = form.querySelector("textarea[data-question-input]");
    if (!textarea) return;
    addCounter(textarea);
    addSimilarAnswers(form, textarea);
  });
})();

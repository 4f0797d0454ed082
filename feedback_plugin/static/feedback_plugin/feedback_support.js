/* "This is my issue too" on the detail page, sent in place: the count updates and the result is announced.
   Without this script the form posts and the thank-you page says the same. */
(function () {
  "use strict";
  var form = document.getElementById("support-form");
  if (!form) return;
  var count = document.getElementById("supporter-count");
  var status = document.getElementById("support-status");
  var button = form.querySelector("button");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    button.disabled = true;
    fetch(form.action, {
      method: "POST", body: new FormData(form), credentials: "same-origin", headers: { Accept: "application/json" }
    }).then(function (response) {
      return response.json();
    }).then(function (data) {
      count.textContent = data.supporters_text;
      status.textContent = data.message;
    }).catch(function () {
      // No answer (offline, a server error page): the plain form still works.
      form.submit();
    });
  });
})();

// Opens the question a deep link (#faq-123) points at, and keeps the address in step when one is opened.
(function () {
  "use strict";
  function openFromHash() {
    var id = window.location.hash.slice(1);
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS") {
      target.open = true;
      target.querySelector("summary").focus();
    }
  }
  window.addEventListener("hashchange", openFromHash);
  openFromHash();
})();

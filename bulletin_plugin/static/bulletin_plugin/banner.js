// Lets a resident hide a bulletin in the site-wide banner. The choice is kept in localStorage per bulletin
// version ("id:revision"), so a new bulletin, or a new version of this one, shows again.
(function () {
  "use strict";
  var STORAGE_KEY = "bulletin_plugin.dismissedBulletins";
  var banner = document.currentScript && document.currentScript.previousElementSibling;
  if (!banner || !banner.hasAttribute("data-bulletin-banner")) {
    return;
  }

  function readDismissed() {
    try {
      return JSON.parse(window.localStorage.getItem(STORAGE_KEY)) || [];
    } catch (error) {
      return [];
    }
  }

  function hide(item) {
    item.hidden = true;
    if (!banner.querySelector("[data-bulletin-key]:not([hidden])")) {
      banner.hidden = true;
    }
  }

  var dismissed = readDismissed();
  var items = banner.querySelectorAll("[data-bulletin-key]");
  Array.prototype.forEach.call(items, function (item) {
    var key = item.getAttribute("data-bulletin-key");
    if (dismissed.indexOf(key) !== -1) {
      hide(item);
      return;
    }
    var button = item.querySelector("[data-bulletin-dismiss]");
    button.hidden = false;
    button.addEventListener("click", function () {
      var current = readDismissed().filter(function (existing) {
        // Only keys of bulletins still on the page are kept, so the list never grows without bound.
        return banner.querySelector('[data-bulletin-key="' + existing + '"]');
      });
      current.push(key);
      try {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
      } catch (error) {
        // Storage may be unavailable (private mode); the bulletin is still hidden on this page.
      }
      hide(item);
      document.getElementById("main").focus();
    });
  });
})();

{% autoescape off %}var CONFIG = {{ config }};{% endautoescape %}
{% verbatim %}
/* The city site's service worker: public pages stay readable offline, nothing personal is ever kept.
   Pages: network first, the copy last read when the network fails, the offline page when there is none.
   Hashed static files: cache first. Only GET is handled: a form sent (POST) always goes to the network. */
"use strict";

var CACHE = "city-offline-" + CONFIG.version;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(CONFIG.precache); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf("city-offline-") === 0 && name !== CACHE; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function mayKeep(url) {
  return !CONFIG.neverCache.some(function (path) { return url.pathname.indexOf(path) === 0; });
}

// The general rule: a response that says private or no-store (the tracking page, the confirmation, a resident's
// own pages) is never written to the device, whatever its address.
function storable(response) {
  var control = (response.headers.get("Cache-Control") || "").toLowerCase();
  return response.status === 200 && response.type === "basic" && !response.redirected &&
    !/(^|[\s,])(private|no-store)($|[\s,=])/.test(control);
}

function keep(request, response) {
  if (storable(response)) {
    var copy = response.clone();
    caches.open(CACHE).then(function (cache) { return cache.put(request, copy); });
  }
  return response;
}

function offlinePage(url) {
  var language = url.pathname.split("/")[1];
  var page = CONFIG.offlinePages[language] || CONFIG.offlinePages[CONFIG.defaultLanguage];
  return caches.match(page);
}

function networkFirst(request, url) {
  return fetch(request).then(function (response) { return keep(request, response); }).catch(function (error) {
    return caches.match(request, { ignoreVary: true }).then(function (cached) {
      if (cached) return cached;
      if (request.mode === "navigate") return offlinePage(url);
      throw error;
    });
  });
}

// A private page (the tracking page) is never kept, so offline there is only the offline page to show.
function networkOnly(request, url) {
  return fetch(request).catch(function () { return offlinePage(url); });
}

function cacheFirst(request) {
  return caches.match(request).then(function (cached) {
    return cached || fetch(request).then(function (response) { return keep(request, response); });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (!mayKeep(url)) {
    if (request.mode === "navigate") event.respondWith(networkOnly(request, url));
  } else if (url.pathname.indexOf(CONFIG.staticUrl) === 0) {
    event.respondWith(CONFIG.staticHashed ? cacheFirst(request) : networkFirst(request, url));
  } else if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, url));
  }
});

// The registration script names the static files the page was drawn with (the site's style sheet among them), so
// that the pages kept for offline reading look the same offline.
self.addEventListener("message", function (event) {
  var urls = (event.data && event.data.staticFiles || []).filter(function (address) {
    var url = new URL(address, self.location.origin);
    return url.origin === self.location.origin && mayKeep(url) && url.pathname.indexOf(CONFIG.staticUrl) === 0;
  });
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(urls.map(function (address) {
      return cache.match(address).then(function (cached) {
        return cached || fetch(address).then(function (response) {
          if (storable(response)) return cache.put(address, response);
        });
      });
    }));
  }).catch(function () { /* offline: the files are kept the next time a page is read online */ }));
});
{% endverbatim %}

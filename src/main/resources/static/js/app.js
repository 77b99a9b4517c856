// Làm Chủ page behaviour. Loaded as a file: the Content-Security-Policy allows no inline script.
(function () {
    'use strict';
    // HTMX requests carry the CSRF token that Spring Security expects.
    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });
    // Elements with data-confirm ask before submitting.
    document.addEventListener('submit', function (event) {
        var message = event.target.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });
})();

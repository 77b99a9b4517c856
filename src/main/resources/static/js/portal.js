// Làm Chủ public portal: small helps on the citizen's pages. Every page works without it.
(function () {
    'use strict';

    function ready(fn) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', fn);
        } else {
            fn();
        }
    }

    // Feedback form: show the contact fields or the explanation of sending without a name, not both.
    function anonymousToggle(form) {
        var radios = form.querySelectorAll('.js-anonymous');
        var fields = form.querySelector('.js-sender-fields');
        var help = form.querySelector('.js-anonymous-help');
        if (!radios.length || !fields || !help) {
            return;
        }
        function update() {
            var anonymous = form.querySelector('.js-anonymous:checked');
            var isAnonymous = anonymous && anonymous.value === 'true';
            fields.hidden = isAnonymous;
            help.hidden = !isAnonymous;
        }
        radios.forEach(function (r) { r.addEventListener('change', update); });
        update();
    }

    // Feedback form: the number and total size of files are checked before sending, so a too large upload never
    // leaves the phone (the server refuses it without being able to keep what was typed).
    function fileCheck(form) {
        var input = form.querySelector('input[type=file]');
        var error = form.querySelector('.js-files-error');
        if (!input || !error) {
            return;
        }
        var maxFiles = parseInt(form.getAttribute('data-max-files'), 10);
        var maxBytes = parseInt(form.getAttribute('data-max-bytes'), 10);
        form.addEventListener('submit', function (event) {
            var kept = form.querySelectorAll('input[name=attachments]:checked').length;
            var files = input.files ? Array.prototype.slice.call(input.files) : [];
            var bytes = files.reduce(function (sum, f) { return sum + f.size; }, 0);
            var message = null;
            if (kept + files.length > maxFiles) {
                message = input.getAttribute('data-too-many');
            } else if (bytes > maxBytes) {
                message = input.getAttribute('data-too-large');
            }
            if (message) {
                event.preventDefault();
                event.stopImmediatePropagation();
                error.textContent = message;
                input.classList.add('is-invalid');
                input.focus();
            }
        });
    }

    // A form is sent once: the button says it is sending (the idempotency key already makes a second send harmless).
    function submitOnce(form) {
        var button = form.querySelector('.js-submit-once');
        if (!button) {
            return;
        }
        var label = button.textContent;
        // coming back to the page (browser's back button) makes it usable again
        window.addEventListener('pageshow', function () {
            button.disabled = false;
            button.textContent = label;
        });
        form.addEventListener('submit', function (event) {
            if (event.defaultPrevented) {
                return;
            }
            if (button.disabled) {
                event.preventDefault();
                return;
            }
            window.setTimeout(function () {
                button.disabled = true;
                button.textContent = button.getAttribute('data-sending') || button.textContent;
            }, 0);
        });
    }

    // Follow page: a QR code leads here with the code in the fragment (#LC-…), which no server ever sees.
    function codeFromFragment() {
        var input = document.querySelector('.js-follow-form input[name=code]');
        if (!input || !window.location.hash || window.location.hash.length < 2) {
            return;
        }
        var code = decodeURIComponent(window.location.hash.substring(1));
        if (/^[A-Za-z0-9 -]{12,40}$/.test(code)) {
            input.value = code;
            var submit = document.querySelector('.js-follow-submit');
            if (submit) {
                submit.focus();
            }
        }
        // leave no code in the address bar or the history
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }

    ready(function () {
        document.querySelectorAll('form.portal-form').forEach(function (form) {
            anonymousToggle(form);
            fileCheck(form);
            submitOnce(form);
        });
        codeFromFragment();
        document.querySelectorAll('.js-print').forEach(function (button) {
            button.addEventListener('click', function () { window.print(); });
        });
        var summary = document.getElementById('error-summary');
        if (summary) {
            summary.focus();
        }
    });
})();

// Office case pages: conveniences on top of forms that work without script (loaded as a file: the CSP allows no inline script).
(function () {
    'use strict';

    // Worklist: a "select all" box for the rows (hidden without script). Delegated: HTMX replaces the table.
    function showSelectAll() {
        document.querySelectorAll('.select-all-box').forEach(function (box) {
            box.hidden = false;
        });
    }
    document.addEventListener('change', function (event) {
        var target = event.target;
        if (target.id === 'select-all') {
            document.querySelectorAll('.row-select').forEach(function (box) {
                box.checked = target.checked;
            });
        } else if (target.classList && target.classList.contains('row-select')) {
            var all = document.getElementById('select-all');
            var boxes = document.querySelectorAll('.row-select');
            var checked = document.querySelectorAll('.row-select:checked');
            if (all) {
                all.checked = boxes.length > 0 && checked.length === boxes.length;
                all.indeterminate = checked.length > 0 && checked.length < boxes.length;
            }
        }
    });
    document.addEventListener('htmx:afterSettle', showSelectAll);

    // New letter: "forwarded by" only for letters forwarded by a body; no sender rows for an anonymous letter.
    function syncIntake() {
        var channel = document.getElementById('channel');
        var forwarded = document.getElementById('forwardedBy-group');
        var input = document.getElementById('forwardedBy');
        if (channel && forwarded && input) {
            var isForwarded = channel.value === 'FORWARDED';
            forwarded.hidden = !isForwarded && input.value === '';
            input.required = isForwarded;
        }
        var anonymous = document.getElementById('anonymous');
        var rows = document.getElementById('sender-rows');
        if (anonymous && rows) {
            rows.hidden = anonymous.checked;
        }
    }
    document.addEventListener('change', function (event) {
        if (event.target.id === 'channel' || event.target.id === 'anonymous') {
            syncIntake();
        }
    });

    // Case page: a refused step is shown next to its form; take the reader there (keyboard and screen reader too).
    function focusRefusal() {
        var refusal = document.querySelector('[data-refusal]');
        if (!refusal) {
            return;
        }
        var details = refusal.closest('details');
        if (details) {
            details.open = true;
        }
        refusal.scrollIntoView({block: 'center'});
        refusal.focus({preventScroll: true});
    }

    document.addEventListener('DOMContentLoaded', function () {
        showSelectAll();
        syncIntake();
        focusRefusal();
    });
})();

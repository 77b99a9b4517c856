// Organisation pages: say at once that a file is too large, before it is uploaded.
(function () {
    'use strict';
    var input = document.getElementById('file');
    if (!input) {
        return;
    }
    input.addEventListener('change', function () {
        var max = parseInt(input.getAttribute('data-max-bytes'), 10);
        var file = input.files && input.files[0];
        input.setCustomValidity(file && file.size > max ? input.getAttribute('data-too-large') : '');
        input.reportValidity();
    });
})();

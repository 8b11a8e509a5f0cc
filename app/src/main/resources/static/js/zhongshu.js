// 中枢: the little script every page loads. The CSP forbids inline scripts, so behaviour is declared with
// data- attributes and wired here.
(function () {
	'use strict';

	// Requests a script makes (htmx's, a page script's fetch) carry the CSRF token like forms do.
	function withCsrfToken(headers) {
		var token = document.querySelector('meta[name="_csrf"]');
		var header = document.querySelector('meta[name="_csrf_header"]');
		if (token && header && token.content) {
			headers[header.content] = token.content;
		}
		return headers;
	}
	window.zhongshu = { withCsrfToken: withCsrfToken };
	document.addEventListener('htmx:configRequest', function (event) {
		withCsrfToken(event.detail.headers);
	});

	// <form data-confirm="确定要……吗？">: ask before a destructive action.
	document.addEventListener('submit', function (event) {
		var form = event.target;
		var question = form.getAttribute && form.getAttribute('data-confirm');
		if (question && !window.confirm(question)) {
			event.preventDefault();
		}
	});

	// <button data-copy="#id">: copy a one-time password or secret.
	document.addEventListener('click', function (event) {
		var button = event.target.closest('[data-copy]');
		if (!button) {
			return;
		}
		var source = document.querySelector(button.getAttribute('data-copy'));
		if (source && navigator.clipboard) {
			navigator.clipboard.writeText(source.textContent.replace(/\s+/g, '')).then(function () {
				button.textContent = '已复制';
			});
		}
	});

	// <button data-fill="#opinion" data-fill-text="同意">: put a common phrase into a field.
	document.addEventListener('click', function (event) {
		var button = event.target.closest('[data-fill]');
		var field = button && document.querySelector(button.getAttribute('data-fill'));
		if (field) {
			field.value = button.getAttribute('data-fill-text');
			field.focus();
		}
	});

	// <button data-append="#recipients" data-append-text="市委组织部">: add a name to a list of names, once,
	// separated by 、 as 主送 and 抄送 are written.
	document.addEventListener('click', function (event) {
		var button = event.target.closest('[data-append]');
		var field = button && document.querySelector(button.getAttribute('data-append'));
		if (field) {
			var name = button.getAttribute('data-append-text');
			var names = field.value.split(/[、，,]/).map(function (part) { return part.trim(); });
			if (names.indexOf(name) < 0) {
				field.value = field.value.trim() === '' ? name : field.value.replace(/[、，,\s]*$/, '') + '、' + name;
			}
			field.focus();
		}
	});

	// <input type="file" data-max-bytes="…">: a file over the limit is refused here, before it is sent.
	document.addEventListener('change', function (event) {
		var input = event.target;
		if (input.dataset && input.dataset.maxBytes && input.files && input.files.length > 0) {
			var limit = Number(input.dataset.maxBytes);
			var tooLarge = Array.prototype.some.call(input.files, function (file) { return file.size > limit; });
			input.classList.toggle('is-invalid', tooLarge);
			if (tooLarge) {
				input.value = '';
			}
		}
	});

	// <select data-template-target="#body"> with <option data-template="…">: choosing another option puts its
	// usual wording into the field, unless the field holds something other than the previous option's.
	function rememberTemplate(select) {
		select.dataset.previousTemplate = select.selectedOptions[0].getAttribute('data-template') || '';
	}
	document.querySelectorAll('select[data-template-target]').forEach(rememberTemplate);
	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('select[data-template-target]').forEach(rememberTemplate);
	});
	document.addEventListener('change', function (event) {
		var select = event.target;
		if (!(select.matches && select.matches('select[data-template-target]'))) {
			return;
		}
		var field = document.querySelector(select.getAttribute('data-template-target'));
		var previous = select.dataset.previousTemplate || '';
		if (field && (field.value.trim() === '' || field.value === previous)) {
			field.value = select.selectedOptions[0].getAttribute('data-template') || '';
			field.dispatchEvent(new Event('input', { bubbles: true }));
		}
		rememberTemplate(select);
	});

	// <div data-shown-for="#type" data-shown-value="MINUTES">: shown only while that field has that value.
	document.addEventListener('change', function (event) {
		document.querySelectorAll('[data-shown-for]').forEach(function (part) {
			var field = document.querySelector(part.getAttribute('data-shown-for'));
			if (field === event.target) {
				part.classList.toggle('d-none', field.value !== part.getAttribute('data-shown-value'));
			}
		});
	});

	// <button data-print>: print the page (the one-time password slip).
	document.addEventListener('click', function (event) {
		if (event.target.closest('[data-print]')) {
			window.print();
		}
	});
})();

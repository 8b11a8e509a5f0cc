// 校对: accept or ignore each issue in place, filter them, and download the corrected text.
(function () {
	'use strict';

	var text = document.getElementById('proof-text');
	var remaining = document.getElementById('proof-remaining');

	function mark(index) {
		return document.getElementById('issue-' + index);
	}

	function item(index) {
		return document.getElementById('item-' + index);
	}

	function countOpen() {
		if (!remaining) {
			return;
		}
		var open = document.querySelectorAll('.zs-proof-list [data-item]:not(.zs-done)').length;
		remaining.textContent = open === 0 ? '已全部处理' : '待处理 ' + open + ' 处';
	}

	// Brings an issue's mark or list entry into view and outlines it for a moment.
	function show(element, block) {
		element.scrollIntoView({ block: block, behavior: 'smooth' });
		element.classList.add('zs-focus');
		setTimeout(function () { element.classList.remove('zs-focus'); }, 1200);
	}

	// Marks the item handled: its buttons go, its state is said.
	function settle(index, state) {
		var entry = item(index);
		entry.classList.add('zs-done');
		entry.querySelector('.zs-proof-state').textContent = state;
		entry.querySelectorAll('.zs-proof-actions button').forEach(function (button) {
			button.disabled = true;
		});
		countOpen();
	}

	// An issue that overlaps the one before it has no mark of its own: it is fixed by hand.
	document.querySelectorAll('.zs-proof-list [data-item]').forEach(function (entry) {
		if (!mark(entry.dataset.item)) {
			entry.querySelectorAll('[data-accept]').forEach(function (button) {
				button.disabled = true;
				button.title = '与前一处问题重叠，请在原文中手工修改';
			});
		}
	});
	countOpen();

	document.addEventListener('click', function (event) {
		var accept = event.target.closest('[data-accept]');
		if (accept) {
			var target = mark(accept.dataset.accept);
			target.textContent = accept.dataset.suggestion;
			target.classList.add('zs-accepted');
			settle(accept.dataset.accept, '已采纳');
			return;
		}
		var ignore = event.target.closest('[data-ignore]');
		if (ignore) {
			var ignored = mark(ignore.dataset.ignore);
			if (ignored) {
				ignored.classList.add('zs-ignored');
			}
			settle(ignore.dataset.ignore, '已忽略');
			return;
		}
		var locate = event.target.closest('[data-locate]');
		if (locate && mark(locate.dataset.locate)) {
			show(mark(locate.dataset.locate), 'center');
			return;
		}
		var marked = event.target.closest('mark[data-issue]');
		if (marked) {
			show(item(marked.dataset.issue), 'nearest');
			return;
		}
		var download = event.target.closest('[data-download-corrected]');
		if (download && text) {
			var blob = new Blob([text.textContent], { type: 'text/plain;charset=utf-8' });
			var link = document.createElement('a');
			link.href = URL.createObjectURL(blob);
			link.download = download.dataset.fileName;
			document.body.appendChild(link);
			link.click();
			link.remove();
			setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
		}
	});

	// Filters: an issue shows when both its category and its severity are ticked.
	document.addEventListener('change', function (event) {
		if (!event.target.matches('[data-filter-category], [data-filter-severity]')) {
			return;
		}
		var categories = Array.from(document.querySelectorAll('[data-filter-category]:checked'))
			.map(function (box) { return box.dataset.filterCategory; });
		var severities = Array.from(document.querySelectorAll('[data-filter-severity]:checked'))
			.map(function (box) { return box.dataset.filterSeverity; });
		document.querySelectorAll('.zs-proof-list [data-item]').forEach(function (entry) {
			var shown = categories.indexOf(entry.dataset.category) >= 0 && severities.indexOf(entry.dataset.severity) >= 0;
			entry.hidden = !shown;
			var target = mark(entry.dataset.item);
			if (target) {
				target.classList.toggle('zs-filtered', !shown);
			}
		});
	});

	// A long text takes a moment: say so, and do not send it twice.
	document.addEventListener('submit', function (event) {
		var busy = event.target.dataset.busy && document.querySelector(event.target.dataset.busy);
		if (busy) {
			busy.classList.remove('d-none');
			event.target.querySelector('[type=submit]').disabled = true;
		}
	});
})();

// 校对: accept or ignore each issue in place, add a word written right to the office's word list, filter the
// issues, and download the corrected text, or the Word document uploaded with the corrections written into it.
(function () {
	'use strict';

	var text = document.getElementById('proof-text');
	var remaining = document.getElementById('proof-remaining');
	var wordsApi = document.getElementById('words-api');
	// The text as checked, which the issues' offsets point into; accepting a suggestion changes the marks, not this.
	var checked = text ? text.textContent : '';

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
		var wordForm = entry.querySelector('.zs-proof-word');
		if (wordForm) {
			wordForm.remove();
		}
		countOpen();
	}

	// Leaves the text as written at an issue, ignored or added to the word list: its mark fades, the item settles.
	function leave(index, state) {
		var left = mark(index);
		if (left) {
			left.classList.add('zs-ignored');
		}
		settle(index, state);
	}

	// Where the word stands in the checked text, in order: found in one pass, however many issues ask.
	function occurrences(word) {
		var found = [];
		for (var at = checked.indexOf(word); at >= 0; at = checked.indexOf(word, at + 1)) {
			found.push(at);
		}
		return found;
	}

	// Whether one of the word's occurrences takes in the issue from start to end, the proofreader's own test for
	// an allowed word: the first occurrence that could reach the issue's end begins at or before its start.
	function covers(found, length, start, end) {
		var low = 0;
		var high = found.length;
		while (low < high) {
			var middle = (low + high) >> 1;
			if (found[middle] < end - length) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low < found.length && found[low] <= start;
	}

	function element(tag, className, content) {
		var created = document.createElement(tag);
		created.className = className;
		if (content) {
			created.textContent = content;
		}
		return created;
	}

	// Opens, under an issue, a small form for the whole word the flagged text belongs to (a name is often
	// flagged at one of its characters), shown in its sentence.
	function openWordForm(index) {
		var entry = item(index);
		var open = entry.querySelector('.zs-proof-word');
		if (open) {
			open.querySelector('input').focus();
			return;
		}
		var start = Number(entry.dataset.start);
		var end = Number(entry.dataset.end);
		var form = element('form', 'zs-proof-word mt-2');
		form.noValidate = true;
		form.dataset.item = index;
		var context = element('div', 'small text-secondary mb-1', '原文：…' + checked.slice(Math.max(0, start - 10), start));
		context.appendChild(element('strong', 'text-body', checked.slice(start, end)));
		context.appendChild(document.createTextNode(checked.slice(end, end + 10) + '…'));
		var group = element('div', 'input-group input-group-sm has-validation');
		var input = element('input', 'form-control');
		input.value = checked.slice(start, end);
		input.maxLength = 20;
		input.setAttribute('aria-label', '加入词库的词语');
		var feedback = element('div', 'invalid-feedback');
		feedback.setAttribute('role', 'alert');
		var cancel = element('button', 'btn btn-outline-secondary', '取消');
		cancel.type = 'button';
		cancel.dataset.cancelWord = '';
		var submit = element('button', 'btn btn-success', '加入');
		submit.type = 'submit';
		group.append(input, submit, cancel, feedback);
		form.append(context, group,
			element('div', 'form-text', '请补全为完整的词（如人名、地名），2～20 个字。加入后，全办校对时不再提示这个词。'));
		entry.appendChild(form);
		input.focus();
	}

	function refuseWord(form, message) {
		var input = form.querySelector('input');
		input.classList.add('is-invalid');
		form.querySelector('.invalid-feedback').textContent = message;
		form.querySelector('[type=submit]').disabled = false;
		input.focus();
	}

	// Sends the word to the office's word list; once there, every open issue inside it is settled.
	function addWord(form) {
		var entry = item(form.dataset.item);
		var word = form.querySelector('input').value.trim();
		var flagged = checked.slice(Number(entry.dataset.start), Number(entry.dataset.end));
		if (word === '') {
			refuseWord(form, '请填写要加入词库的词语。');
			return;
		}
		if (!covers(occurrences(word), word.length, Number(entry.dataset.start), Number(entry.dataset.end))) {
			refuseWord(form, '“' + word + '”不含此处标出的“' + flagged + '”：请照原文写出含它的完整词语。');
			return;
		}
		var headers = zhongshu.withCsrfToken({ 'Content-Type': 'application/json', 'Accept': 'application/json' });
		form.querySelector('[type=submit]').disabled = true;
		fetch(wordsApi.dataset.url, {
			method: 'POST', headers: headers, credentials: 'same-origin', body: JSON.stringify({ written: word })
		}).then(function (response) {
			return response.json().catch(function () { return {}; }).then(function (body) {
				if (!response.ok) {
					throw new Error(body.detail || '未能加入词库（' + response.status + '），请稍后再试。');
				}
				return body;
			});
		}).then(function (added) {
			var found = occurrences(added.written);
			document.querySelectorAll('.zs-proof-list [data-item]:not(.zs-done)').forEach(function (open) {
				if (covers(found, added.written.length, Number(open.dataset.start), Number(open.dataset.end))) {
					leave(open.dataset.item, '已加入词库');
				}
			});
		}).catch(function (error) {
			refuseWord(form, error.message);
		});
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

	// Writes a suggestion in at its mark: the item settles as accepted.
	function acceptSuggestion(button) {
		var target = mark(button.dataset.accept);
		target.textContent = button.dataset.suggestion;
		target.classList.add('zs-accepted');
		item(button.dataset.accept).dataset.accepted = button.dataset.suggestion;
		settle(button.dataset.accept, '已采纳');
	}

	// Accepts the first suggestion of every open item the filters show, once the user agrees to how many.
	function acceptShown() {
		var status = document.getElementById('accept-shown-status');
		var firsts = Array.from(document.querySelectorAll('.zs-proof-list [data-item]:not(.zs-done):not([hidden])'))
			.map(function (entry) { return entry.querySelector('[data-accept]'); })
			.filter(function (button) { return button !== null; });
		if (firsts.length === 0) {
			status.textContent = '显示的问题中没有待采纳的建议。';
			return;
		}
		var hints = firsts.filter(function (button) {
			return button.closest('[data-item]').dataset.severity === 'INFO';
		}).length;
		if (!window.confirm('将采纳显示的 ' + firsts.length + ' 处问题的第一条建议'
				+ (hints > 0 ? '（其中 ' + hints + ' 处为“提示”，未必有错）' : '') + '，确定吗？')) {
			return;
		}
		firsts.forEach(acceptSuggestion);
		status.textContent = '已采纳 ' + firsts.length + ' 处。';
	}

	document.addEventListener('click', function (event) {
		var accept = event.target.closest('[data-accept]');
		if (accept) {
			acceptSuggestion(accept);
			return;
		}
		if (event.target.closest('[data-accept-shown]')) {
			acceptShown();
			return;
		}
		var ignore = event.target.closest('[data-ignore]');
		if (ignore) {
			leave(ignore.dataset.ignore, '已忽略');
			return;
		}
		var addWordButton = event.target.closest('[data-add-word]');
		if (addWordButton) {
			openWordForm(addWordButton.dataset.addWord);
			return;
		}
		var cancelWord = event.target.closest('[data-cancel-word]');
		if (cancelWord) {
			cancelWord.closest('.zs-proof-word').remove();
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
			save(new Blob([text.textContent], { type: 'text/plain;charset=utf-8' }), download.dataset.fileName);
			return;
		}
		var word = event.target.closest('[data-download-word]');
		if (word) {
			var kept = keptWord(word.dataset.fileName);
			if (kept) {
				sendWord(word, kept);
			}
			else {
				document.getElementById('word-again').click();
			}
		}
	});

	function save(blob, name) {
		var link = document.createElement('a');
		link.href = URL.createObjectURL(blob);
		link.download = name;
		document.body.appendChild(link);
		link.click();
		link.remove();
		setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
	}

	// A Word document chosen for upload is kept in this tab's session storage (gone when the tab closes), so that
	// the corrections accepted can be written back into it: the server keeps nothing it proofreads. A document too
	// large to keep is asked for again.
	var WORD_KEY = 'zhongshu.proofread.word';

	document.addEventListener('change', function (event) {
		if (event.target.id !== 'file') {
			return;
		}
		var file = event.target.files[0];
		try {
			sessionStorage.removeItem(WORD_KEY);
		}
		catch (ignored) {
			return;
		}
		if (!file || !/\.docx$/i.test(file.name)) {
			return;
		}
		var reader = new FileReader();
		reader.onload = function () {
			try {
				sessionStorage.setItem(WORD_KEY, JSON.stringify({ name: file.name, data: reader.result }));
			}
			catch (tooLarge) {
				sessionStorage.removeItem(WORD_KEY);
			}
		};
		reader.readAsDataURL(file);
	});

	function keptWord(name) {
		try {
			var kept = JSON.parse(sessionStorage.getItem(WORD_KEY));
			if (!kept || kept.name !== name) {
				return null;
			}
			var bytes = atob(kept.data.slice(kept.data.indexOf(',') + 1));
			var array = new Uint8Array(bytes.length);
			for (var i = 0; i < bytes.length; i++) {
				array[i] = bytes.charCodeAt(i);
			}
			return new Blob([array]);
		}
		catch (unreadable) {
			return null;
		}
	}

	var wordAgain = document.getElementById('word-again');
	if (wordAgain) {
		wordAgain.addEventListener('change', function () {
			if (wordAgain.files[0]) {
				sendWord(document.querySelector('[data-download-word]'), wordAgain.files[0]);
				wordAgain.value = '';
			}
		});
	}

	// 修订模式 stays as the user last left it, in this browser.
	var TRACK_KEY = 'zhongshu.proofread.trackChanges';
	var track = document.getElementById('word-track');
	if (track) {
		try {
			track.checked = localStorage.getItem(TRACK_KEY) !== 'false';
			track.addEventListener('change', function () {
				localStorage.setItem(TRACK_KEY, String(track.checked));
			});
		}
		catch (unavailable) {
			track.checked = true;
		}
	}

	// What the page says of the Word document written: how many corrections went in, and where those left for Word are.
	function wordWritten(accepted, skipped, tracked) {
		if (accepted === 0) {
			return '尚未采纳任何修改：下载的文档与原文相同。';
		}
		var left = ' 处位于域、制表符' + (tracked ? '、内容控件、超链接或原有修订中' : '或内容控件中') + '，请在 Word 中手工修改。';
		if (skipped === accepted) {
			return '没有写入修改：采纳的 ' + skipped + left + '下载的文档与原文相同。';
		}
		return (tracked ? '已以修订标记写入 ' + (accepted - skipped) + ' 处修改，可在 Word 或 WPS 的“审阅”中逐条接受或拒绝。'
			: '已写入 ' + (accepted - skipped) + ' 处修改，原文版式不变。') + (skipped > 0 ? '另有 ' + skipped + left : '');
	}

	// Sends the document and the corrections accepted; the corrected document comes back to be saved.
	function sendWord(button, file) {
		var status = document.getElementById('word-status');
		var corrections = Array.from(document.querySelectorAll('.zs-proof-list [data-accepted]')).map(function (entry) {
			var start = Number(entry.dataset.start);
			var end = Number(entry.dataset.end);
			return { start: start, end: end, original: checked.slice(start, end), replacement: entry.dataset.accepted };
		});
		var body = new FormData();
		body.append('file', file, button.dataset.fileName);
		body.append('corrections', new Blob([JSON.stringify(corrections)], { type: 'application/json' }));
		var tracked = document.getElementById('word-track').checked;
		body.append('trackChanges', String(tracked));
		button.disabled = true;
		status.className = 'small w-100 text-secondary';
		status.textContent = '正在生成 Word 文档……';
		var skipped = 0;
		fetch(button.dataset.url, {
			method: 'POST', headers: zhongshu.withCsrfToken({}), credentials: 'same-origin', body: body
		}).then(function (response) {
			if (!response.ok) {
				return response.json().catch(function () { return {}; }).then(function (problem) {
					throw new Error(problem.detail || '未能生成 Word 文档（' + response.status + '），请稍后再试。');
				});
			}
			skipped = Number(response.headers.get('X-Corrections-Skipped') || 0);
			return response.blob();
		}).then(function (corrected) {
			save(corrected, button.dataset.wordName);
			status.className = 'small w-100 ' + (skipped > 0 ? 'text-warning-emphasis' : 'text-success');
			status.textContent = wordWritten(corrections.length, skipped, tracked);
		}).catch(function (error) {
			status.className = 'small w-100 text-danger';
			status.textContent = error.message;
		}).finally(function () {
			button.disabled = false;
		});
	}

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
		if (event.target.matches('.zs-proof-word')) {
			event.preventDefault();
			addWord(event.target);
			return;
		}
		var busy = event.target.dataset.busy && document.querySelector(event.target.dataset.busy);
		if (busy) {
			busy.classList.remove('d-none');
			event.target.querySelector('[type=submit]').disabled = true;
		}
	});
})();
